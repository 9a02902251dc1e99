package io.longwave.downlink;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses the gateway that answers an uplink, as ChirpStack does: among the gateways that heard
 * it with at least {@code minMarginDb} of SNR margin over what the data rate needs, one at random
 * (so that answers spread over gateways in good coverage); when none has that margin, the one that
 * heard it best.
 */
public final class GatewaySelector {

  /** ChirpStack's {@code gateway_prefer_min_margin}. */
  public static final double DEFAULT_MIN_MARGIN_DB = 10;

  private final double minMarginDb;
  private final RandomGenerator random;

  public GatewaySelector(double minMarginDb, RandomGenerator random) {
    this.minMarginDb = minMarginDb;
    this.random = random;
  }

  /**
   * The reception to answer through.
   *
   * @param rxInfo the receptions, best first (as in a frame set)
   * @param txInfo the uplink's modulation
   */
  public UplinkRxInfo select(List<UplinkRxInfo> rxInfo, UplinkTxInfo txInfo) {
    if (rxInfo.isEmpty()) {
      throw new IllegalArgumentException("an uplink has at least one reception");
    }
    double required = RadioModulations.requiredSnrDb(txInfo.modulation());
    List<UplinkRxInfo> good = new ArrayList<>(rxInfo.size());
    for (UplinkRxInfo rx : rxInfo) {
      if (rx.snr() - required >= minMarginDb) {
        good.add(rx);
      }
    }
    if (good.isEmpty()) {
      return rxInfo.get(0);
    }
    return good.get(random.nextInt(good.size()));
  }
}
