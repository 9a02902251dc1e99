package io.longwave.uplink.data;

/**
 * What became of one data uplink, for callers and tests: accepted (its counter claimed, events
 * sent and the Class A answer started), or dropped with the reason counted in {@link
 * UplinkDrops}.
 *
 * @param accepted whether the uplink was accepted
 * @param dropReason one of the {@link UplinkDrops} reasons, or null when accepted
 * @param fCnt the full 32-bit FCntUp when a session matched, otherwise -1
 */
public record DataUplinkOutcome(boolean accepted, String dropReason, long fCnt) {

  /** An accepted uplink. */
  public static DataUplinkOutcome accepted(long fCnt) {
    return new DataUplinkOutcome(true, null, fCnt);
  }

  /** A dropped uplink. */
  public static DataUplinkOutcome dropped(String reason, long fCnt) {
    return new DataUplinkOutcome(false, reason, fCnt);
  }
}
