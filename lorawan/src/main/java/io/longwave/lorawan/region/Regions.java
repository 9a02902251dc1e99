package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The regional parameter sets by {@link RegionId} (RP002-1.0.3 §2). Each region is built once and
 * shared; regions are immutable.
 */
public final class Regions {

  private static final Map<RegionId, Region> REGIONS = build();

  private Regions() {}

  /** The region for an id. */
  public static Region get(RegionId id) {
    Region r = id == null ? null : REGIONS.get(id);
    if (r == null) {
      throw new LorawanFormatException("no region for " + id);
    }
    return r;
  }

  private static Map<RegionId, Region> build() {
    Map<RegionId, Region> m = new EnumMap<>(RegionId.class);
    m.put(RegionId.EU868, new Eu868());
    m.put(RegionId.US915, new Us915());
    m.put(RegionId.AU915, new Au915());
    m.put(RegionId.AS923, new As923(RegionId.AS923, 0));
    m.put(RegionId.AS923_2, new As923(RegionId.AS923_2, 1800000));
    m.put(RegionId.AS923_3, new As923(RegionId.AS923_3, 6600000));
    m.put(RegionId.AS923_4, new As923(RegionId.AS923_4, 5900000));
    m.put(RegionId.CN470, new Cn470());
    m.put(RegionId.IN865, new In865());
    m.put(RegionId.KR920, new Kr920());
    m.put(RegionId.RU864, new Ru864());
    m.put(RegionId.EU433, new Eu433());
    m.put(RegionId.CN779, new Cn779());
    return m;
  }
}
