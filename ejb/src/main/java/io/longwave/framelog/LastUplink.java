package io.longwave.framelog;

import java.time.Instant;
import java.util.Objects;

/**
 * The radio of a device's last data uplink (LoRaWAN 1.0.4 §4; ChirpStack's device {@code
 * last_seen_at} and {@code dr}), with the best reception's RSSI and SNR.
 *
 * @param at when the network server received it
 * @param dr its data rate
 * @param rssi the best reception's RSSI in dBm
 * @param snr the best reception's SNR in dB
 */
public record LastUplink(Instant at, int dr, int rssi, double snr) {

  public LastUplink {
    Objects.requireNonNull(at, "at");
  }
}
