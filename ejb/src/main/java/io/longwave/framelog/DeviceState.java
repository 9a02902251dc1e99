package io.longwave.framelog;

import io.longwave.domain.device.DeviceClass;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Objects;

/**
 * A device's state for the API and console (ChirpStack's device state: last seen, DevStatusAns of
 * LoRaWAN 1.0.4 §5.5, activation): what the network server knows from the device's session, its
 * last uplink and its stored last-seen time. Values not known are null: a device that never
 * joined has no session values, one not heard since the server started has no RSSI or SNR.
 *
 * @param devEui the device
 * @param lastSeenAt when a data uplink of the device was last received, or null
 * @param dr the data rate of its last uplink, or null
 * @param rssi the best RSSI of its last uplink in dBm, or null
 * @param snr the best SNR of its last uplink in dB, or null
 * @param battery the last DevStatusAns battery level (0 external power, 1..254, 255 unknown), or
 *     null
 * @param margin the last DevStatusAns demodulation margin in dB, or null
 * @param devAddr the session's device address, or null
 * @param fCntUp the next uplink frame counter expected, or null
 * @param nFCntDown the next network (1.0: the only) downlink frame counter, or null
 * @param deviceClass the class the device operates in, or null
 */
public record DeviceState(
    Eui64 devEui,
    Instant lastSeenAt,
    Integer dr,
    Integer rssi,
    Double snr,
    Integer battery,
    Integer margin,
    DevAddr devAddr,
    Long fCntUp,
    Long nFCntDown,
    DeviceClass deviceClass) {

  public DeviceState {
    Objects.requireNonNull(devEui, "devEui");
  }

  /** True when the device has a session (it joined, or was activated by personalisation). */
  public boolean activated() {
    return devAddr != null;
  }
}
