package io.longwave.console;

import io.longwave.framelog.DeviceState;
import java.io.Serializable;
import java.util.Locale;

/**
 * A device's activation state as the device page writes it: every value as text, "-" when the
 * network server does not know it (LoRaWAN 1.0.4 §5.5 for the DevStatusAns battery levels).
 */
public record DeviceStateView(boolean activated, String devAddr, String fCntUp,
    String nFCntDown, String deviceClass, String dataRate, String radio, String battery,
    String margin) implements Serializable {

  private static final String UNKNOWN = "-";

  /** The view of {@code state}; a device the network server has no state of is not activated. */
  public static DeviceStateView of(DeviceState state) {
    if (state == null) {
      return new DeviceStateView(false, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN,
          UNKNOWN, UNKNOWN);
    }
    String radio = state.rssi() == null ? UNKNOWN : String.format(Locale.ROOT,
        "RSSI %d dBm, SNR %s", state.rssi(), state.snr() == null ? UNKNOWN
            : String.format(Locale.ROOT, "%.1f dB", state.snr()));
    return new DeviceStateView(state.activated(), text(state.devAddr()), text(state.fCntUp()),
        text(state.nFCntDown()), text(state.deviceClass()),
        state.dr() == null ? UNKNOWN : "DR" + state.dr(), radio, battery(state.battery()),
        state.margin() == null ? UNKNOWN : state.margin() + " dB");
  }

  /** DevStatusAns battery: 0 external power, 1..254 a level, 255 not measurable. */
  static String battery(Integer level) {
    if (level == null) {
      return UNKNOWN;
    }
    if (level == 0) {
      return "external power";
    }
    if (level == 255) {
      return "not measurable";
    }
    return Math.round(level * 100.0 / 254) + " %";
  }

  private static String text(Object value) {
    return value == null ? UNKNOWN : value.toString();
  }
}
