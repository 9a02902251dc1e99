package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.session.DeviceSession;
import java.util.HashMap;
import java.util.Map;

/**
 * The session's count of rejected MAC requests by CID (ChirpStack {@code
 * mac_command_error_count}): a rejection increments it, an acceptance clears it, and at {@code
 * NetworkSettings.maxMacCommandErrors} the request is not sent again.
 */
final class MacErrorCounts {

  private MacErrorCounts() {}

  static int of(DeviceSession session, Cid cid) {
    Integer n = session.macCommandErrorCount().get(cid.value());
    return n == null ? 0 : n;
  }

  static void increment(DeviceSession session, Cid cid) {
    Map<Integer, Integer> counts = new HashMap<>(session.macCommandErrorCount());
    counts.merge(cid.value(), 1, Integer::sum);
    session.macCommandErrorCount(counts);
  }

  static void reset(DeviceSession session, Cid cid) {
    if (session.macCommandErrorCount().containsKey(cid.value())) {
      Map<Integer, Integer> counts = new HashMap<>(session.macCommandErrorCount());
      counts.remove(cid.value());
      session.macCommandErrorCount(counts);
    }
  }
}
