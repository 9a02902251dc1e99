package io.longwave.simulator.scenario;

/**
 * Which gateways hear which device, and how well: device {@code d} is heard by the {@code heardBy}
 * gateways {@code d, d+1, …} (modulo the number of gateways), so neighbouring devices share
 * gateways and every gateway gets a similar load. The link budget is fixed per pair (RSSI -40 to
 * -119 dBm, SNR -10 to 9.5 dB), so a device's best gateway stays the same. Immutable.
 */
public final class Coverage {

  private final int gateways;
  private final int heardBy;

  /**
   * @throws IllegalArgumentException unless 1 &lt;= heardBy &lt;= gateways
   */
  public Coverage(int gateways, int heardBy) {
    if (gateways < 1 || heardBy < 1 || heardBy > gateways) {
      throw new IllegalArgumentException("each uplink is heard by 1 to " + gateways
          + " gateways, got " + heardBy);
    }
    this.gateways = gateways;
    this.heardBy = heardBy;
  }

  /** The number of gateways hearing each uplink. */
  public int heardBy() {
    return heardBy;
  }

  /** The index of the {@code k}-th gateway (0 to heardBy-1) that hears {@code device}. */
  public int gateway(int device, int k) {
    return (int) (((long) device + k) % gateways);
  }

  /** The RSSI of {@code device} at {@code gateway} in dBm. */
  public int rssiDbm(int device, int gateway) {
    return -40 - mix(device, gateway) % 80;
  }

  /** The SNR of {@code device} at {@code gateway} in dB, in half-dB steps. */
  public double snrDb(int device, int gateway) {
    return 9.5 - (mix(gateway, device) % 40) / 2.0;
  }

  private static int mix(int a, int b) {
    int h = a * 0x9E3779B1 + b * 0x85EBCA77;
    h ^= h >>> 15;
    return h & 0x7fffffff;
  }
}
