package io.longwave.connector.udp;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.CrcStatus;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.connector.udp.packet.Rsig;
import io.longwave.connector.udp.packet.Rxpk;
import io.longwave.connector.udp.packet.Stat;
import io.longwave.connector.udp.packet.Txpk;
import io.longwave.connector.udp.packet.UdpPacketException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns the packet forwarder's JSON objects into the transport-neutral frame records and back,
 * as the ChirpStack gateway bridge does: the downlink timing context of an uplink is its 4-byte
 * big-endian {@code tmst}; a {@code rsig} array gives one uplink per antenna; a plain fine
 * timestamp is {@code tmms} truncated to the second plus {@code ftime} nanoseconds; a DELAY
 * downlink is sent at {@code tmst = context + delay}.
 */
public final class UdpFrameTranslator {

  private UdpFrameTranslator() {}

  /** The uplinks in one rxpk: one, or one per antenna when {@code rsig} is present. */
  public static List<UplinkFrame> uplinks(GatewayId gateway, Rxpk rx, Instant nsTime)
      throws UdpPacketException {
    UplinkTxInfo tx = new UplinkTxInfo(Math.round(rx.freqMhz() * 1_000_000), modulation(rx));
    byte[] context = context(rx.tmst());
    CrcStatus crc =
        rx.stat() == 1 ? CrcStatus.CRC_OK : rx.stat() == -1 ? CrcStatus.BAD_CRC : CrcStatus.NO_CRC;
    Duration gps = rx.tmms() == null ? null : Duration.ofMillis(rx.tmms());
    List<UplinkFrame> frames = new ArrayList<>(Math.max(1, rx.rsig().size()));
    if (rx.rsig().isEmpty()) {
      UplinkRxInfo info =
          base(gateway, rx, nsTime, context, crc, gps)
              .rssi(rx.rssi())
              .snr(rx.lsnr() == null ? 0 : rx.lsnr())
              .fineTimestamp(plain(rx.tmms(), rx.ftime()))
              .build();
      frames.add(new UplinkFrame(rx.data(), tx, info));
    } else {
      for (Rsig s : rx.rsig()) {
        FineTimestamp fine =
            s.etime() != null && rx.aesk() != null
                ? new FineTimestamp.Encrypted(rx.aesk(), s.etime(), new byte[0])
                : plain(rx.tmms(), s.ftime());
        UplinkRxInfo info =
            base(gateway, rx, nsTime, context, crc, gps)
                .rssi(s.rssic() != null ? s.rssic() : rx.rssi())
                .snr(s.lsnr() != null ? s.lsnr() : rx.lsnr() == null ? 0 : rx.lsnr())
                .antenna(s.ant())
                .channel(s.chan())
                .fineTimestamp(fine)
                .build();
        frames.add(new UplinkFrame(rx.data(), tx, info));
      }
    }
    return frames;
  }

  private static UplinkRxInfo.Builder base(
      GatewayId gateway, Rxpk rx, Instant nsTime, byte[] context, CrcStatus crc, Duration gps) {
    return UplinkRxInfo.builder(gateway)
        .uplinkId(ThreadLocalRandom.current().nextLong() & 0xffffffffL)
        .gwTime(rx.time())
        .nsTime(nsTime)
        .timeSinceGpsEpoch(gps)
        .channel(rx.chan())
        .rfChain(rx.rfch())
        .board(rx.brd())
        .context(context)
        .crcStatus(crc);
  }

  private static FineTimestamp plain(Long tmms, Long ftime) {
    if (tmms == null || ftime == null) {
      return null;
    }
    return new FineTimestamp.Plain((tmms / 1000) * 1_000_000_000L + ftime);
  }

  static byte[] context(long tmst) {
    return new byte[] {(byte) (tmst >>> 24), (byte) (tmst >>> 16), (byte) (tmst >>> 8), (byte) tmst};
  }

  /** LoRa from {@code SF7BW125}, FSK from a bit rate, LR-FHSS from {@code M0CW137}. */
  static Modulation modulation(Rxpk rx) throws UdpPacketException {
    String datr = rx.datr();
    switch (rx.modu()) {
      case "LORA":
        int bw = datr.indexOf("BW");
        if (!datr.startsWith("SF") || bw < 3) {
          throw UdpPacketException.malformed("LoRa datr '" + datr + "' is not like SF7BW125");
        }
        try {
          int sf = Integer.parseInt(datr.substring(2, bw));
          int bwKhz = Integer.parseInt(datr.substring(bw + 2));
          return new LoraModulation(bwKhz * 1000, sf, codeRate(rx.codr()), false);
        } catch (NumberFormatException e) {
          throw UdpPacketException.malformed("LoRa datr '" + datr + "' is not like SF7BW125");
        }
      case "FSK":
        try {
          return new FskModulation(0, Integer.parseInt(datr));
        } catch (NumberFormatException e) {
          throw UdpPacketException.malformed("FSK datr '" + datr + "' is not a bit rate");
        }
      case "LR-FHSS":
        int cw = datr.indexOf("CW");
        try {
          return new LrFhssModulation(
              Integer.parseInt(datr.substring(cw + 2)) * 1000, codeRate(rx.codr()), 0);
        } catch (RuntimeException e) {
          throw UdpPacketException.malformed("LR-FHSS datr '" + datr + "' is not like M0CW137");
        }
      default:
        throw UdpPacketException.malformed("unknown modulation '" + rx.modu() + "'");
    }
  }

  private static CodeRate codeRate(String codr) throws UdpPacketException {
    try {
      return CodeRate.parse(codr);
    } catch (IllegalArgumentException e) {
      throw UdpPacketException.malformed(e.getMessage());
    }
  }

  /** A status report as gateway statistics; the location only when the GPS gave all three. */
  public static GatewayStats stats(GatewayId gateway, Stat s, String ip, Instant received) {
    GatewayLocation location =
        s.hasLocation()
            ? new GatewayLocation(s.lati(), s.lon(), s.alti(), LocationSource.GPS)
            : null;
    return new GatewayStats(
        gateway,
        s.time() != null ? s.time() : received,
        ip,
        location,
        null,
        s.rxnb(),
        s.rxok(),
        s.rxfw(),
        s.ackr(),
        s.dwnb(),
        s.txnb(),
        s.temp() == null ? Double.NaN : s.temp(),
        null,
        null,
        null,
        null);
  }

  /**
   * The txpk of one downlink item.
   *
   * @throws IllegalArgumentException when a DELAY timing has no 4-byte tmst context, or the
   *     modulation cannot be sent by a packet forwarder
   */
  public static Txpk txpk(DownlinkFrameItem item) {
    DownlinkTxInfo tx = item.txInfo();
    boolean imme = false;
    Long tmst = null;
    Long tmms = null;
    DownlinkTiming timing = tx.timing();
    if (timing instanceof DownlinkTiming.Immediately) {
      imme = true;
    } else if (timing instanceof DownlinkTiming.Delay d) {
      byte[] c = tx.context();
      if (c.length < 4) {
        throw new IllegalArgumentException("a delayed downlink needs the uplink's tmst context");
      }
      long base =
          ((c[0] & 0xffL) << 24) | ((c[1] & 0xffL) << 16) | ((c[2] & 0xffL) << 8) | (c[3] & 0xffL);
      tmst = (base + d.delay().toNanos() / 1000) & 0xffffffffL;
    } else if (timing instanceof DownlinkTiming.GpsEpoch g) {
      tmms = g.timeSinceGpsEpoch().toMillis();
    }
    double freq = tx.frequencyHz() / 1_000_000.0;
    Modulation m = tx.modulation();
    if (m instanceof LoraModulation l) {
      return new Txpk(imme, tmst, tmms, freq, 0, tx.powerDbm(), "LORA", l.semtechDataRate(),
          l.codeRate().text().isEmpty() ? "4/5" : l.codeRate().text(), null,
          l.polarizationInversion(), null, item.phyPayload(), null, tx.board(), tx.antenna());
    }
    if (m instanceof FskModulation f) {
      int fdev = f.frequencyDeviationHz() > 0 ? f.frequencyDeviationHz() : f.datarateBps() / 2;
      return new Txpk(imme, tmst, tmms, freq, 0, tx.powerDbm(), "FSK",
          Integer.toString(f.datarateBps()), null, fdev, false, null, item.phyPayload(), null,
          tx.board(), tx.antenna());
    }
    throw new IllegalArgumentException("packet forwarders cannot send " + m);
  }
}
