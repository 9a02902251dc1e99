package io.longwave.adr;

import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.LoraModulation;
import io.longwave.lorawan.region.Region;
import java.util.List;

/**
 * ChirpStack's default ADR algorithm (id {@code default}; {@code chirpstack/src/adr/default.rs},
 * the same rules as v3's {@code internal/adr/default.go}), for LoRa 125 kHz data rates, using the
 * link margin of LoRaWAN 1.0.4 §4.3.1.1 and LinkADRReq §5.3:
 *
 * <ol>
 *   <li>ADR bit off: no change.
 *   <li>maxDr is lowered to the highest enabled LoRa 125 kHz data rate; a current DR above it is
 *       lowered to it (the only case where the DR goes down).
 *   <li>NbTrans from the packet loss of a full history ({@link #nbTrans}).
 *   <li>margin = max SNR of the history - required SNR of the DR - installation margin; nStep =
 *       margin / 3 truncated toward zero.
 *   <li>A negative nStep is acted on only when all {@value UplinkHistory#CAPACITY} entries of the
 *       history were sent at the current TXPower index, to avoid power flapping.
 *   <li>Each positive step raises the DR up to maxDr, then raises the TXPower index (lowers power)
 *       up to the device's maximum; each negative step lowers the TXPower index down to 0.
 * </ol>
 *
 * <p>Positive steps need no full history. minDr is not used, as in ChirpStack. Stateless and
 * thread-safe.
 */
public final class DefaultAdr implements AdrAlgorithm {

  /** The identifier of this algorithm. */
  public static final String ID = "default";

  /** The steps of 3 dB in which the margin is spent. */
  private static final double DB_PER_STEP = 3.0;

  /** ChirpStack's packet-loss table: rows for < 5 %, < 10 %, < 30 %, more; columns NbTrans 1-3. */
  private static final int[][] NB_TRANS_BY_LOSS = {{1, 1, 2}, {1, 2, 3}, {2, 3, 3}, {3, 3, 3}};

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Default ADR algorithm (LoRa only)";
  }

  @Override
  public AdrResponse handle(AdrRequest request) {
    if (!request.adr()) {
      return AdrResponse.unchanged(request);
    }
    int maxDr = Math.min(request.maxDr(), maxLora125Dr(request));
    int dr = Math.min(request.dr(), maxDr);
    List<UplinkMetrics> history = request.uplinkHistory();
    int nbTrans = nbTrans(request.nbTrans(), UplinkHistory.packetLossPercentage(history));

    double margin = maxSnr(history) - request.requiredSnrForDr() - request.installationMarginDb();
    int nStep = (int) (margin / DB_PER_STEP);
    if (nStep < 0
        && historyCountAtTxPower(history, request.txPowerIndex()) != UplinkHistory.CAPACITY) {
      return new AdrResponse(dr, request.txPowerIndex(), nbTrans);
    }
    int[] ideal =
        idealTxPowerIndexAndDr(nStep, request.txPowerIndex(), dr, request.maxTxPowerIndex(), maxDr);
    return new AdrResponse(ideal[1], ideal[0], nbTrans);
  }

  /**
   * Spends {@code nStep} steps: positive ones raise the DR up to {@code maxDr} and then the TXPower
   * index up to {@code maxTxPowerIndex}; negative ones lower the TXPower index down to 0. The DR is
   * never lowered.
   *
   * @return {@code {txPowerIndex, dr}}
   */
  static int[] idealTxPowerIndexAndDr(
      int nStep, int txPowerIndex, int dr, int maxTxPowerIndex, int maxDr) {
    int steps = nStep;
    int power = txPowerIndex;
    int rate = dr;
    while (steps > 0) {
      if (rate < maxDr) {
        rate++;
      } else if (power < maxTxPowerIndex) {
        power++;
      }
      steps--;
    }
    while (steps < 0) {
      if (power > 0) {
        power--;
      }
      steps++;
    }
    return new int[] {power, rate};
  }

  /**
   * The NbTrans for a packet loss in percent, from ChirpStack's table; the current NbTrans is first
   * clamped to 1-3.
   */
  static int nbTrans(int currentNbTrans, double packetLossPercentage) {
    int column = Math.max(1, Math.min(3, currentNbTrans)) - 1;
    int row;
    if (packetLossPercentage < 5.0) {
      row = 0;
    } else if (packetLossPercentage < 10.0) {
      row = 1;
    } else if (packetLossPercentage < 30.0) {
      row = 2;
    } else {
      row = 3;
    }
    return NB_TRANS_BY_LOSS[row][column];
  }

  /** The highest max SNR of the history, or -999 dB when it is empty (as ChirpStack). */
  static double maxSnr(List<UplinkMetrics> history) {
    double max = -999.0;
    for (UplinkMetrics m : history) {
      if (m.maxSnr() > max) {
        max = m.maxSnr();
      }
    }
    return max;
  }

  /** The number of history entries sent at {@code txPowerIndex}. */
  static int historyCountAtTxPower(List<UplinkMetrics> history, int txPowerIndex) {
    int count = 0;
    for (UplinkMetrics m : history) {
      if (m.txPowerIndex() == txPowerIndex) {
        count++;
      }
    }
    return count;
  }

  /** The highest enabled uplink data rate that is LoRa at 125 kHz, or 0 when there is none. */
  static int maxLora125Dr(AdrRequest request) {
    Region region = request.region();
    int max = 0;
    for (DataRate rate : region.dataRates()) {
      if (rate.uplink()
          && request.uplinkDataRateEnabled(rate.index())
          && rate.modulation() instanceof LoraModulation lora
          && lora.bandwidthHz() == 125000) {
        max = Math.max(max, rate.index());
      }
    }
    return max;
  }
}
