package io.longwave.mac;

import io.longwave.adr.UplinkHistory;
import io.longwave.adr.UplinkMetrics;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.session.DeviceSession;

/**
 * What the data uplink flow does before MAC handling, for tests that play the MAC steps alone:
 * adds an uplink to the session's ADR history (ChirpStack {@code uplink_adr_history}): its full
 * FCntUp (the one before the session's next expected), the best SNR and RSSI of its receptions,
 * the TXPower index the network believes the device used, and the number of receptions.
 */
final class AdrHistoryUpdate {

  private AdrHistoryUpdate() {}

  static void record(MacContext context) {
    DeviceSession s = context.session();
    double snr = Double.NEGATIVE_INFINITY;
    int rssi = Integer.MIN_VALUE;
    for (UplinkRxInfo rx : context.uplink().rxInfo()) {
      snr = Math.max(snr, rx.snr());
      rssi = Math.max(rssi, rx.rssi());
    }
    long fCnt = (s.fCntUp() - 1) & 0xFFFFFFFFL;
    UplinkHistory history = UplinkHistory.of(s.adrHistory());
    history.add(
        new UplinkMetrics(
            fCnt, snr, rssi, Math.min(s.txPowerIndex(), 15), context.uplink().rxInfo().size()));
    s.adrHistory(history.entries());
  }
}
