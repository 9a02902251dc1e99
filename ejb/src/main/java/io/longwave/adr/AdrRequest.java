package io.longwave.adr;

import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.Region;
import java.util.List;

/**
 * The input of an {@link AdrAlgorithm} for one uplink (ChirpStack's ADR {@code Request}): the
 * device's current LinkADRReq settings (LoRaWAN 1.0.4 §5.3), the limits of its profile and region,
 * and its recent uplinks. Build one with {@link #builder(Region)}, which fills the usual defaults.
 *
 * @param region the device's regional parameters (RP002-1.0.3 §2)
 * @param adr the ADR bit of the uplink's FCtrl (LoRaWAN 1.0.4 §4.3.1.1)
 * @param dr the data rate of the uplink, 0 to 15
 * @param txPowerIndex the device's current TXPower index, 0 to 15
 * @param nbTrans the device's current NbTrans, 0 to 15
 * @param maxTxPowerIndex the highest TXPower index (lowest power) the device supports
 * @param requiredSnrForDr the demodulation floor of {@code dr} in dB, see {@link RequiredSnr}
 * @param installationMarginDb the safety margin in dB kept above the floor (ChirpStack: 10)
 * @param minDr the lowest data rate ADR may choose
 * @param maxDr the highest data rate ADR may choose
 * @param enabledUplinkDataRates the uplink data rates the network's channel plan enables, one bit
 *     per DR index (bit 0 is DR0)
 * @param uplinkHistory the device's last uplinks, oldest first, at most {@link
 *     UplinkHistory#CAPACITY}
 * @param skipFCntCheck the device's frame counter is not validated (ABP devices that reset it)
 */
public record AdrRequest(
    Region region,
    boolean adr,
    int dr,
    int txPowerIndex,
    int nbTrans,
    int maxTxPowerIndex,
    double requiredSnrForDr,
    double installationMarginDb,
    int minDr,
    int maxDr,
    int enabledUplinkDataRates,
    List<UplinkMetrics> uplinkHistory,
    boolean skipFCntCheck) {

  /** ChirpStack's default installation margin, in dB. */
  public static final double DEFAULT_INSTALLATION_MARGIN_DB = 10.0;

  public AdrRequest {
    if (region == null) {
      throw new IllegalArgumentException("an ADR request needs a region");
    }
    checkNibble("dr", dr);
    checkNibble("txPowerIndex", txPowerIndex);
    checkNibble("nbTrans", nbTrans);
    checkNibble("maxTxPowerIndex", maxTxPowerIndex);
    checkNibble("minDr", minDr);
    checkNibble("maxDr", maxDr);
    if (minDr > maxDr) {
      throw new IllegalArgumentException(
          "minDr must not exceed maxDr, got DR" + minDr + " > DR" + maxDr);
    }
    if (!Double.isFinite(requiredSnrForDr) || !Double.isFinite(installationMarginDb)) {
      throw new IllegalArgumentException(
          "requiredSnrForDr and installationMarginDb must be finite, got "
              + requiredSnrForDr
              + " and "
              + installationMarginDb);
    }
    if ((enabledUplinkDataRates & ~0xFFFF) != 0) {
      throw new IllegalArgumentException(
          "enabledUplinkDataRates has one bit per DR 0-15, got 0x"
              + Integer.toHexString(enabledUplinkDataRates));
    }
    if (uplinkHistory == null) {
      throw new IllegalArgumentException("the uplink history may be empty but not null");
    }
    uplinkHistory = List.copyOf(uplinkHistory);
    if (uplinkHistory.size() > UplinkHistory.CAPACITY) {
      throw new IllegalArgumentException(
          "the uplink history holds at most "
              + UplinkHistory.CAPACITY
              + " uplinks, got "
              + uplinkHistory.size());
    }
  }

  /** True when the channel plan enables uplink data rate {@code index}. */
  public boolean uplinkDataRateEnabled(int index) {
    return index >= 0 && index < 16 && (enabledUplinkDataRates & (1 << index)) != 0;
  }

  /** A builder with ChirpStack's defaults for {@code region}; see {@link Builder}. */
  public static Builder builder(Region region) {
    return new Builder(region);
  }

  /**
   * The uplink data rates of a region's default channels (RP002-1.0.3 §2.x.2), as a bit set for
   * {@link #enabledUplinkDataRates()}.
   */
  public static int defaultUplinkDataRates(Region region) {
    int mask = 0;
    for (Channel c : region.defaultUplinkChannels()) {
      for (int i = c.minDr(); i <= c.maxDr(); i++) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  /** A bit set for {@link #enabledUplinkDataRates()} from DR indices. */
  public static int dataRates(int... indices) {
    int mask = 0;
    for (int i : indices) {
      checkNibble("data rate", i);
      mask |= 1 << i;
    }
    return mask;
  }

  static void checkNibble(String field, int value) {
    if (value < 0 || value > 15) {
      throw new IllegalArgumentException(field + " is a 4-bit value (0-15), got " + value);
    }
  }

  /**
   * Builds an {@link AdrRequest}. Defaults: ADR on, DR0, TXPower index 0, NbTrans 1, the region's
   * highest TXPower index, the installation margin of 10 dB, the data rates of the region's default
   * channels, minDr 0 and maxDr the highest of them, an empty history, and the required SNR of the
   * chosen DR (see {@link RequiredSnr#forDataRate}) unless one is set.
   */
  public static final class Builder {
    private final Region region;
    private boolean adr = true;
    private int dr;
    private int txPowerIndex;
    private int nbTrans = 1;
    private int maxTxPowerIndex;
    private Double requiredSnrForDr;
    private double installationMarginDb = DEFAULT_INSTALLATION_MARGIN_DB;
    private int minDr;
    private Integer maxDr;
    private int enabledUplinkDataRates;
    private List<UplinkMetrics> uplinkHistory = List.of();
    private boolean skipFCntCheck;

    private Builder(Region region) {
      if (region == null) {
        throw new IllegalArgumentException("an ADR request needs a region");
      }
      this.region = region;
      this.maxTxPowerIndex = region.maxTxPowerIndex();
      this.enabledUplinkDataRates = defaultUplinkDataRates(region);
    }

    public Builder adr(boolean value) {
      this.adr = value;
      return this;
    }

    public Builder dr(int value) {
      this.dr = value;
      return this;
    }

    public Builder txPowerIndex(int value) {
      this.txPowerIndex = value;
      return this;
    }

    public Builder nbTrans(int value) {
      this.nbTrans = value;
      return this;
    }

    public Builder maxTxPowerIndex(int value) {
      this.maxTxPowerIndex = value;
      return this;
    }

    public Builder requiredSnrForDr(double value) {
      this.requiredSnrForDr = value;
      return this;
    }

    public Builder installationMarginDb(double value) {
      this.installationMarginDb = value;
      return this;
    }

    public Builder minDr(int value) {
      this.minDr = value;
      return this;
    }

    public Builder maxDr(int value) {
      this.maxDr = value;
      return this;
    }

    public Builder enabledUplinkDataRates(int mask) {
      this.enabledUplinkDataRates = mask;
      return this;
    }

    public Builder uplinkHistory(List<UplinkMetrics> value) {
      this.uplinkHistory = value;
      return this;
    }

    public Builder skipFCntCheck(boolean value) {
      this.skipFCntCheck = value;
      return this;
    }

    public AdrRequest build() {
      checkNibble("dr", dr);
      double snr =
          requiredSnrForDr != null ? requiredSnrForDr : RequiredSnr.forDataRate(region, dr);
      int max =
          maxDr != null
              ? maxDr
              : Math.max(0, 31 - Integer.numberOfLeadingZeros(enabledUplinkDataRates));
      return new AdrRequest(
          region,
          adr,
          dr,
          txPowerIndex,
          nbTrans,
          maxTxPowerIndex,
          snr,
          installationMarginDb,
          minDr,
          max,
          enabledUplinkDataRates,
          uplinkHistory,
          skipFCntCheck);
    }
  }
}
