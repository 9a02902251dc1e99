package io.longwave.network;

import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the per-region network settings, so that one instance serves devices of several regions
 * (ChirpStack v4's {@code [[regions]]} with its {@code network} section): every key of a region,
 * {@code longwave.network.region.<id>.<key>} with {@code <id>} the region in lower case as
 * ChirpStack v4 names it ({@code eu868}, {@code us915}, {@code as923_2}), falls back to the
 * instance-wide key {@code longwave.network.<key>}.
 *
 * <ul>
 *   <li>{@code rx1-delay}, {@code rx1-dr-offset}, {@code rx2-dr}, {@code rx2-frequency}: the
 *       receive windows given at join (LoRaWAN 1.0.4 §6.2.6);
 *   <li>{@code extra-channels}: uplink channels beyond the region's default ones, sent in the
 *       join-accept's CFList (dynamic plans only), as {@code frequency:minDr-maxDr} separated by
 *       commas, e.g. {@code 867100000:0-5,867300000:0-5};
 *   <li>{@code enabled-uplink-channels}: the uplink channels used in a fixed plan (US915, AU915,
 *       CN470), as indexes and ranges, e.g. {@code 8-15,65} for the second sub-band.
 * </ul>
 */
final class RegionSettingsConfiguration {

  private RegionSettingsConfiguration() {}

  /** The settings of every region, each checked so that a bad value names its key. */
  static Map<RegionId, NetworkRegionSettings> read(Function<String, String> lookup) {
    Map<RegionId, NetworkRegionSettings> settings = new EnumMap<>(RegionId.class);
    for (RegionId id : RegionId.values()) {
      settings.put(id, read(lookup, id));
    }
    return settings;
  }

  /** The lower-case id of a region used in keys, e.g. {@code as923_2}. */
  static String keyId(RegionId id) {
    return id.name().toLowerCase(Locale.ROOT);
  }

  private static NetworkRegionSettings read(Function<String, String> lookup, RegionId id) {
    Keys keys = new Keys(lookup, "longwave.network.region." + keyId(id) + ".");
    int rx1Delay = (int) keys.number("rx1-delay", 1, 1, 15);
    int rx1DrOffset = (int) keys.number("rx1-dr-offset", 0, 0, 7);
    int rx2Dr = (int) keys.number("rx2-dr", -1, -1, 15);
    long rx2Frequency = (long) keys.number("rx2-frequency", -1, -1, 3e9);
    boolean fixedPlan = Regions.get(id).fixedChannelPlan();
    List<Channel> extra = List.of();
    String extraValue = keys.value("extra-channels");
    if (extraValue != null) {
      if (fixedPlan) {
        throw new IllegalArgumentException(keys.source("extra-channels") + ": " + id
            + " has a fixed channel plan; use enabled-uplink-channels");
      }
      extra = channels(keys.source("extra-channels"), extraValue);
    }
    BitSet enabled = null;
    String enabledValue = keys.value("enabled-uplink-channels");
    if (enabledValue != null) {
      if (!fixedPlan) {
        throw new IllegalArgumentException(keys.source("enabled-uplink-channels") + ": " + id
            + " has a dynamic channel plan; use extra-channels");
      }
      enabled = channelIndexes(
          keys.source("enabled-uplink-channels"), enabledValue,
          Regions.get(id).defaultUplinkChannels().size());
    }
    return new NetworkRegionSettings(rx1Delay, rx1DrOffset, rx2Dr, rx2Frequency, extra, enabled);
  }

  private static List<Channel> channels(String key, String value) {
    List<Channel> channels = new ArrayList<>();
    for (String part : value.split(",")) {
      String p = part.strip();
      int colon = p.indexOf(':');
      int dash = p.indexOf('-', colon + 1);
      try {
        if (colon < 0 || dash < 0) {
          throw new NumberFormatException("expected frequency:minDr-maxDr");
        }
        channels.add(new Channel(Long.parseLong(p.substring(0, colon).strip()),
            Integer.parseInt(p.substring(colon + 1, dash).strip()),
            Integer.parseInt(p.substring(dash + 1).strip())));
      } catch (NumberFormatException | LorawanFormatException e) {
        throw new IllegalArgumentException(key + " must list frequency:minDr-maxDr channels"
            + " separated by commas (e.g. 867100000:0-5), got '" + p + "': " + e.getMessage(), e);
      }
    }
    if (channels.size() > 5) {
      throw new IllegalArgumentException(
          key + ": a CFList carries at most 5 extra channels, got " + channels.size());
    }
    return channels;
  }

  private static BitSet channelIndexes(String key, String value, int channelCount) {
    BitSet set = new BitSet(channelCount);
    for (String part : value.split(",")) {
      String p = part.strip();
      try {
        int dash = p.indexOf('-');
        int from = Integer.parseInt((dash < 0 ? p : p.substring(0, dash)).strip());
        int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1).strip());
        if (from < 0 || to >= channelCount || from > to) {
          throw new NumberFormatException("out of range 0.." + (channelCount - 1));
        }
        set.set(from, to + 1);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(key + " must list channel indexes or ranges separated"
            + " by commas (e.g. 8-15,65), got '" + p + "': " + e.getMessage(), e);
      }
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException(key + " enables no channel");
    }
    return set;
  }

  /** A region's keys with the instance-wide fallback. */
  private record Keys(Function<String, String> lookup, String prefix) {

    /** The key that supplies a value: the region's own, else the instance-wide one, else null. */
    String source(String key) {
      if (present(prefix + key)) {
        return prefix + key;
      }
      return present("longwave.network." + key) ? "longwave.network." + key : null;
    }

    private boolean present(String k) {
      String v = lookup.apply(k);
      return v != null && !v.isBlank();
    }

    String value(String key) {
      String k = source(key);
      return k == null ? null : lookup.apply(k).strip();
    }

    double number(String key, double dflt, double min, double max) {
      String k = source(key);
      if (k == null) {
        return dflt;
      }
      String v = lookup.apply(k).strip();
      double n;
      try {
        n = Double.parseDouble(v);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(k + " must be a number, got " + v, e);
      }
      if (n < min || n > max) {
        throw new IllegalArgumentException(
            k + " must be between " + min + " and " + max + ", got " + v);
      }
      return n;
    }
  }
}
