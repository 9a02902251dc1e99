package io.longwave.console;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.downlink.RadioModulations;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.region.Region;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The device page's radio charts, from the data uplinks of the frame log, oldest first: the best
 * reception's RSSI and SNR, and the data rate (of the device's region, LoRaWAN RP002 §2) and the
 * frequency each uplink was sent on. A modulation the region does not define has no data rate.
 *
 * @param signal RSSI (dBm, left axis) and SNR (dB, right axis)
 * @param channel data rate (left axis) and frequency (MHz, right axis)
 */
public record DeviceRadioCharts(LineChart signal, LineChart channel) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  /** The charts of {@code frames} (any order); {@code region} null leaves the data rates out. */
  public static DeviceRadioCharts of(List<LoggedFrame> frames, Region region) {
    List<LoggedUplink> uplinks = frames.stream()
        .filter(f -> f instanceof LoggedUplink u && isData(u.mType()))
        .map(f -> (LoggedUplink) f).sorted(Comparator.comparing(LoggedUplink::time)).toList();
    List<String> labels = uplinks.stream().map(u -> TIME.format(u.time())).toList();
    List<Integer> rssi = new ArrayList<>();
    List<Double> snr = new ArrayList<>();
    List<Integer> dr = new ArrayList<>();
    List<Double> mhz = new ArrayList<>();
    for (LoggedUplink u : uplinks) {
      UplinkRxInfo best = u.rxInfo().stream()
          .max(Comparator.comparingDouble(UplinkRxInfo::snr)).orElse(null);
      rssi.add(best == null ? null : best.rssi());
      snr.add(best == null ? null : best.snr());
      dr.add(dataRate(region, u));
      mhz.add(u.txInfo().frequencyHz() / 1_000_000.0);
    }
    return new DeviceRadioCharts(
        new LineChart(labels).left("RSSI (dBm)", "RSSI", "#1e88e5", rssi)
            .right("SNR (dB)", "SNR", "#fb8c00", snr),
        new LineChart(labels).left("data rate", "DR", "#8e24aa", dr)
            .right("frequency (MHz)", "frequency", "#43a047", mhz));
  }

  private static Integer dataRate(Region region, LoggedUplink u) {
    if (region == null) {
      return null;
    }
    try {
      return RadioModulations.uplinkDr(region, u.txInfo().modulation());
    } catch (LorawanFormatException e) {
      return null;
    }
  }

  private static boolean isData(MType t) {
    return t == MType.UNCONFIRMED_DATA_UP || t == MType.CONFIRMED_DATA_UP;
  }
}
