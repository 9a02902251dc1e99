package io.longwave.adr;

import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.LrFhssCodingRate;
import io.longwave.lorawan.region.LrFhssModulation;
import io.longwave.lorawan.region.Region;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntUnaryOperator;

/**
 * ChirpStack's LR-FHSS-only ADR algorithm (id {@code lr_fhss}; {@code chirpstack/src/adr/
 * lr_fhss.rs}), for the LR-FHSS data rates of RP002-1.0.3 (EU868 DR8-11, US915 DR5-6, AU915 DR7).
 * It only chooses the data rate, by coding rate from the median RSSI of the history:
 *
 * <ul>
 *   <li>ADR off, or already on an LR-FHSS DR with coding rate 2/3: no change;
 *   <li>median RSSI below -130 dBm and already on coding rate 1/3: no change;
 *   <li>with a full history and a median of at least -130 dBm, an enabled LR-FHSS DR up to maxDr
 *       with coding rate 2/3, otherwise one with coding rate 1/3; none enabled: no change;
 *   <li>several candidates (they differ by occupied channel width only): one at random.
 * </ul>
 *
 * <p>A change always sets NbTrans 1 and TXPower index 0. Thread-safe.
 */
public final class LrFhssAdr implements AdrAlgorithm {

  /** The identifier of this algorithm. */
  public static final String ID = "lr_fhss";

  /** The median RSSI in dBm below which coding rate 1/3 is kept. */
  private static final int CODING_RATE_1_3_BELOW_RSSI_DBM = -130;

  private final IntUnaryOperator chooser;

  /** Chooses among equal candidates with {@link ThreadLocalRandom}. */
  public LrFhssAdr() {
    this(bound -> ThreadLocalRandom.current().nextInt(bound));
  }

  /**
   * Chooses among equal candidates with {@code chooser}, which maps a count n to an index in [0,
   * n); for tests.
   */
  public LrFhssAdr(IntUnaryOperator chooser) {
    if (chooser == null) {
      throw new IllegalArgumentException("a chooser is required");
    }
    this.chooser = chooser;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "LR-FHSS only ADR algorithm";
  }

  @Override
  public AdrResponse handle(AdrRequest request) {
    if (!request.adr()) {
      return AdrResponse.unchanged(request);
    }
    Region region = request.region();
    LrFhssCodingRate current = codingRate(region.dataRate(request.dr()));
    if (current == LrFhssCodingRate.CR_2_3) {
      return AdrResponse.unchanged(request);
    }
    List<UplinkMetrics> history = request.uplinkHistory();
    int medianRssi = medianRssi(history);
    if (current == LrFhssCodingRate.CR_1_3 && medianRssi < CODING_RATE_1_3_BELOW_RSSI_DBM) {
      return AdrResponse.unchanged(request);
    }
    int[] candidates = new int[16];
    int count = 0;
    if (medianRssi >= CODING_RATE_1_3_BELOW_RSSI_DBM && history.size() == UplinkHistory.CAPACITY) {
      count = candidates(request, LrFhssCodingRate.CR_2_3, candidates);
    }
    if (count == 0) {
      count = candidates(request, LrFhssCodingRate.CR_1_3, candidates);
    }
    if (count == 0) {
      return AdrResponse.unchanged(request);
    }
    int pick = chooser.applyAsInt(count);
    if (pick < 0 || pick >= count) {
      throw new IllegalStateException("the chooser returned " + pick + " for " + count);
    }
    return new AdrResponse(candidates[pick], 0, 1);
  }

  /** Fills {@code out} with the enabled LR-FHSS uplink DRs up to maxDr with this coding rate. */
  private static int candidates(AdrRequest request, LrFhssCodingRate codingRate, int[] out) {
    int count = 0;
    for (DataRate rate : request.region().dataRates()) {
      if (rate.uplink()
          && rate.index() <= request.maxDr()
          && request.uplinkDataRateEnabled(rate.index())
          && codingRate(rate) == codingRate) {
        out[count++] = rate.index();
      }
    }
    return count;
  }

  private static LrFhssCodingRate codingRate(DataRate rate) {
    return rate.modulation() instanceof LrFhssModulation m ? m.codingRate() : null;
  }

  /**
   * The median of the max RSSI of the history in dBm (the mean of the middle two, truncated toward
   * zero, for an even count), or 0 for an empty history, as ChirpStack's {@code get_median}.
   */
  static int medianRssi(List<UplinkMetrics> history) {
    int n = history.size();
    if (n == 0) {
      return 0;
    }
    int[] rssi = new int[n];
    for (int i = 0; i < n; i++) {
      rssi[i] = history.get(i).maxRssi();
    }
    Arrays.sort(rssi);
    int m = n / 2;
    return n % 2 != 0 ? rssi[m] : (rssi[m - 1] + rssi[m]) / 2;
  }
}
