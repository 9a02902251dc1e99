package io.longwave.uplink.data;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the uplinks the network server drops, by reason ({@code invalid_phy_payload}, {@code
 * mic_failed}, {@code fcnt_reset} …), for metrics and tests. Threading: thread-safe; counting
 * does not lock.
 */
public final class UplinkDrops {

  /** The PHYPayload could not be decoded. */
  public static final String INVALID_PHY_PAYLOAD = "invalid_phy_payload";
  /** A downlink message type (join-accept, data down) arrived as an uplink. */
  public static final String DOWNLINK_MTYPE = "downlink_mtype";
  /** A proprietary frame: nothing handles them. */
  public static final String PROPRIETARY = "proprietary";
  /** No session uses the DevAddr. */
  public static final String UNKNOWN_DEV_ADDR = "unknown_dev_addr";
  /** No session with the DevAddr gives a matching MIC. */
  public static final String MIC_FAILED = "mic_failed";
  /** The session's device or device profile is missing. */
  public static final String DEVICE_NOT_FOUND = "device_not_found";
  /** The device is disabled. */
  public static final String DEVICE_DISABLED = "device_disabled";
  /** The uplink's modulation is no data rate of the device's region. */
  public static final String UNKNOWN_DATA_RATE = "unknown_data_rate";
  /** The counter did not increment: a retransmission of the last frame. */
  public static final String FCNT_RETRANSMISSION = "fcnt_retransmission";
  /** The counter went back: a replay or a device that reset its counters. */
  public static final String FCNT_RESET = "fcnt_reset";
  /** The frame counter could not be claimed against concurrent saves of the session. */
  public static final String SESSION_CONFLICT = "session_conflict";
  /** A rejoin-request of a device that is not LoRaWAN 1.1: only 1.1 devices rejoin. */
  public static final String REJOIN_NOT_SUPPORTED = "rejoin_not_supported";
  /** No gateway that heard the uplink serves the device's region. */
  public static final String REGION_MISMATCH = "region_mismatch";
  /** Handling failed unexpectedly (logged with its cause). */
  public static final String ERROR = "error";

  /** Every reason, for metrics. */
  public static final List<String> REASONS =
      List.of(INVALID_PHY_PAYLOAD, DOWNLINK_MTYPE, PROPRIETARY, UNKNOWN_DEV_ADDR, MIC_FAILED,
          DEVICE_NOT_FOUND, DEVICE_DISABLED, UNKNOWN_DATA_RATE, FCNT_RETRANSMISSION, FCNT_RESET,
          SESSION_CONFLICT, REJOIN_NOT_SUPPORTED, REGION_MISMATCH, ERROR);

  private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

  /** Counts one dropped uplink. */
  public void count(String reason) {
    counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
  }

  /** How many uplinks were dropped for {@code reason}. */
  public long get(String reason) {
    LongAdder a = counts.get(reason);
    return a == null ? 0 : a.sum();
  }

  /** Every reason counted so far, sorted by name. */
  public Map<String, Long> snapshot() {
    Map<String, Long> m = new TreeMap<>();
    counts.forEach((k, v) -> m.put(k, v.sum()));
    return m;
  }
}
