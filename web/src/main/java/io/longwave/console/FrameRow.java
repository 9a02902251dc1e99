package io.longwave.console;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.console.converter.HexPayload;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A frame of the device's frame log (ChirpStack's LoRaWAN frames tab): when, which way, the
 * message type (LoRaWAN 1.1 §4.2.1), the gateways, the frequency, the radio figures of an
 * uplink's best reception or a downlink's TX acknowledgement, and the PHYPayload in hex.
 */
public record FrameRow(String time, String direction, String messageType, String gateways,
    String frequencyMhz, String radio, int size, String phyPayloadHex) implements Serializable {

  public static FrameRow of(LoggedFrame frame) {
    byte[] phy = frame.phyPayload();
    String type = frame.mType().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    String time = ConsoleTime.format(frame.time(), "");
    if (frame instanceof LoggedUplink up) {
      String gateways = up.rxInfo().stream().map(r -> r.gatewayId().toString())
          .collect(Collectors.joining(", "));
      String radio = up.rxInfo().isEmpty() ? "" : radio(up.rxInfo().get(0));
      return new FrameRow(time, "uplink", type, gateways, mhz(up.txInfo().frequencyHz()), radio,
          phy.length, HexPayload.format(phy));
    }
    LoggedDownlink down = (LoggedDownlink) frame;
    String ack = down.txAckStatus() == null ? "TX ack pending"
        : "TX ack " + down.txAckStatus().name();
    return new FrameRow(time, "downlink", type, down.gatewayId().toString(),
        mhz(down.txInfo().frequencyHz()), down.txInfo().powerDbm() + " dBm, " + ack, phy.length,
        HexPayload.format(phy));
  }

  private static String radio(UplinkRxInfo rx) {
    return String.format(Locale.ROOT, "RSSI %d dBm, SNR %.1f dB", rx.rssi(), rx.snr());
  }

  private static String mhz(long hz) {
    return String.format(Locale.ROOT, "%.3f", hz / 1_000_000.0);
  }
}
