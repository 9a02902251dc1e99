package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.gateway.StatsInterval;
import io.longwave.api.json.ProtoJson;
import io.longwave.application.error.ApiException;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.downlink.RadioModulations;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.region.Region;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A device's uplink statistics per interval as ChirpStack v3's device {@code GetStats} answers
 * them: per interval the data uplinks received, the mean RSSI and SNR of the best reception of
 * each, and the uplinks per frequency and per data rate (of the device's region). One item per
 * interval from the one holding the start to the one holding the end, zeros where nothing was
 * received; at most {@value #MAX_INTERVALS} intervals.
 */
final class DeviceStatsAggregation {


  static final int MAX_INTERVALS = 10_000;

  private DeviceStatsAggregation() {}

  /** Sums of one interval. */
  private static final class Sums {
    int packets;
    double rssi;
    double snr;
    final TreeMap<Long, Integer> perFrequency = new TreeMap<>();
    final TreeMap<Integer, Integer> perDr = new TreeMap<>();
  }

  static List<JsonObject> aggregate(List<LoggedFrame> frames, Region region,
      StatsInterval interval, Instant start, Instant end) {
    TreeMap<Instant, Sums> sums = new TreeMap<>();
    int n = 0;
    for (Instant t = interval.start(start); t.isBefore(end); t = interval.next(t)) {
      if (++n > MAX_INTERVALS) {
        throw ApiException.invalidArgument(
            "the time range holds more than " + MAX_INTERVALS + " intervals; use a larger one");
      }
      sums.put(t, new Sums());
    }
    for (LoggedFrame f : frames) {
      if (!(f instanceof LoggedUplink u) || !isDataUplink(u.mType())
          || u.time().isBefore(start) || !u.time().isBefore(end)) {
        continue;
      }
      Map.Entry<Instant, Sums> e = sums.floorEntry(u.time());
      if (e == null) {
        continue;
      }
      Sums s = e.getValue();
      s.packets++;
      UplinkRxInfo best = best(u.rxInfo());
      if (best != null) {
        s.rssi += best.rssi();
        s.snr += best.snr();
      }
      s.perFrequency.merge(u.txInfo().frequencyHz(), 1, Integer::sum);
      try {
        s.perDr.merge(region.uplinkDataRateIndex(RadioModulations.regional(u.txInfo().modulation())),
            1, Integer::sum);
      } catch (LorawanFormatException ex) {
        // a modulation the region does not define: counted, but under no data rate
      }
    }
    List<JsonObject> out = new ArrayList<>();
    sums.forEach((t, s) -> {
      JsonObjectBuilder freq = JSON.createObjectBuilder();
      s.perFrequency.forEach((k, v) -> freq.add(Long.toString(k), v));
      JsonObjectBuilder dr = JSON.createObjectBuilder();
      s.perDr.forEach((k, v) -> dr.add(Integer.toString(k), v));
      out.add(JSON.createObjectBuilder()
          .add("timestamp", ProtoJson.timestamp(t))
          .add("rxPackets", s.packets)
          .add("gwRssi", s.packets == 0 ? 0 : s.rssi / s.packets)
          .add("gwSnr", s.packets == 0 ? 0 : s.snr / s.packets)
          .add("rxPacketsPerFrequency", freq)
          .add("rxPacketsPerDr", dr)
          .add("errors", JSON.createObjectBuilder())
          .build());
    });
    return out;
  }

  private static boolean isDataUplink(MType t) {
    return t == MType.UNCONFIRMED_DATA_UP || t == MType.CONFIRMED_DATA_UP;
  }

  private static UplinkRxInfo best(List<UplinkRxInfo> rx) {
    UplinkRxInfo best = null;
    for (UplinkRxInfo r : rx) {
      if (best == null || r.snr() > best.snr()) {
        best = r;
      }
    }
    return best;
  }
}
