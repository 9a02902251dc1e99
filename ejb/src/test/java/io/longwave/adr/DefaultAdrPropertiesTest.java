package io.longwave.adr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the default algorithm over random EU868 requests. */
class DefaultAdrPropertiesTest {

  private static final Region EU868 = Regions.get(RegionId.EU868);

  @Property(tries = 1000)
  void never_lowers_the_data_rate_below_the_cap_nor_leaves_the_limits(
      @ForAll @IntRange(min = 0, max = 5) int dr,
      @ForAll @IntRange(min = 0, max = 7) int txPowerIndex,
      @ForAll @IntRange(min = 0, max = 15) int nbTrans,
      @ForAll @IntRange(min = 0, max = 7) int maxTxPowerIndex,
      @ForAll @IntRange(min = 0, max = 7) int maxDr,
      @ForAll @DoubleRange(min = -25, max = 15) double snr,
      @ForAll @IntRange(min = 0, max = 20) int historySize,
      @ForAll @IntRange(min = 0, max = 3) int gap) {
    List<UplinkMetrics> history = new ArrayList<>();
    for (int i = 0; i < historySize; i++) {
      history.add(new UplinkMetrics((long) i * (gap + 1), snr, -110, txPowerIndex, 1));
    }
    AdrRequest request =
        AdrRequest.builder(EU868)
            .dr(dr)
            .txPowerIndex(txPowerIndex)
            .nbTrans(nbTrans)
            .maxTxPowerIndex(maxTxPowerIndex)
            .maxDr(maxDr)
            .uplinkHistory(history)
            .build();
    AdrResponse r = new DefaultAdr().handle(request);
    int cap = Math.min(maxDr, 5);
    int floor = Math.min(dr, cap);
    assertTrue(floor <= r.dr() && r.dr() <= Math.max(floor, cap), "dr " + r.dr());
    assertTrue(r.txPowerIndex() >= 0);
    assertTrue(r.txPowerIndex() <= Math.max(txPowerIndex, maxTxPowerIndex));
    assertTrue(r.nbTrans() >= 1 && r.nbTrans() <= 3);
    if (r.txPowerIndex() < txPowerIndex) {
      assertEquals(20, historySize, "power is raised only on a full history");
    }
  }
}
