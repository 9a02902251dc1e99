package io.longwave.network;

import io.longwave.infrastructure.config.Durations;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.region.RegionId;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The network server's settings from configuration (MicroProfile Config keys {@code
 * longwave.network.*}, listed in the README), each checked so that a wrong value stops the start
 * with a message naming its key.
 *
 * @param settings the network settings
 * @param regions the settings given to devices at join, per region ({@link
 *     RegionSettingsConfiguration})
 * @param schedulerInterval how often the Class C downlink scheduler runs
 */
public record NetworkConfiguration(
    NetworkSettings settings,
    Function<RegionId, NetworkRegionSettings> regions,
    Duration schedulerInterval) {

  /** Reads the settings through {@code lookup} (key to value, or null when unset). */
  public static NetworkConfiguration read(Function<String, String> lookup) {
    NetworkSettings d = NetworkSettings.defaults();
    NetId netId = netId(lookup.apply("longwave.network.net-id"));
    Duration delay =
        Durations.parse(
            "longwave.network.get-downlink-data-delay",
            or(lookup.apply("longwave.network.get-downlink-data-delay"), "100ms"));
    NetworkSettings.RxWindow window = rxWindow(lookup.apply("longwave.network.rx-window"));
    double margin =
        number(lookup, "longwave.network.gateway-min-margin", d.gatewayMinMarginDb(), 0, 50);
    double installation =
        number(lookup, "longwave.network.installation-margin", d.installationMarginDb(), 0, 50);
    int power = (int) number(lookup, "longwave.network.downlink-tx-power", -1, -1, 40);
    int errors =
        (int) number(lookup, "longwave.network.max-mac-command-errors", d.maxMacCommandErrors(), 0,
            100);
    boolean flush = bool(lookup, "longwave.network.flush-queue-on-join", d.flushQueueOnJoin());
    NetworkSettings settings =
        new NetworkSettings(netId, delay, window, margin, installation, power, errors, flush);

    Map<RegionId, NetworkRegionSettings> regions = RegionSettingsConfiguration.read(lookup);
    Duration schedulerInterval =
        Durations.parse(
            "longwave.network.scheduler-interval",
            or(lookup.apply("longwave.network.scheduler-interval"), "1s"));
    if (schedulerInterval.isNegative() || schedulerInterval.isZero()) {
      throw new IllegalArgumentException(
          "longwave.network.scheduler-interval must be positive, got " + schedulerInterval);
    }
    return new NetworkConfiguration(settings, regions::get, schedulerInterval);
  }

  private static NetId netId(String v) {
    if (v == null || v.isBlank()) {
      return new NetId(0);
    }
    try {
      return NetId.parse(v.strip());
    } catch (LorawanFormatException e) {
      throw new IllegalArgumentException(
          "longwave.network.net-id must be 6 hex digits (e.g. 000013), got " + v, e);
    }
  }

  private static NetworkSettings.RxWindow rxWindow(String v) {
    String t = or(v, "rx1_and_rx2").strip().toUpperCase(Locale.ROOT).replace('-', '_');
    try {
      return NetworkSettings.RxWindow.valueOf(t);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "longwave.network.rx-window must be rx1_and_rx2, rx1 or rx2, got " + v, e);
    }
  }

  private static double number(
      Function<String, String> lookup, String key, double dflt, double min, double max) {
    String v = lookup.apply(key);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    double n;
    try {
      n = Double.parseDouble(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got " + v, e);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(key + " must be between " + min + " and " + max
          + ", got " + v);
    }
    return n;
  }

  private static boolean bool(Function<String, String> lookup, String key, boolean dflt) {
    String v = lookup.apply(key);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    return switch (v.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false, got " + v);
    };
  }

  private static String or(String v, String dflt) {
    return v == null || v.isBlank() ? dflt : v;
  }
}
