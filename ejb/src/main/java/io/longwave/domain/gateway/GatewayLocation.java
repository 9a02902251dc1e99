package io.longwave.domain.gateway;

/**
 * Where a gateway stands: WGS84 degrees, altitude in metres, the source ({@code UNKNOWN},
 * {@code GPS}, {@code CONFIG}, {@code GEO_RESOLVER_*}) and its accuracy in metres.
 */
public record GatewayLocation(
    double latitude, double longitude, double altitude, String source, int accuracy) {

  public static final GatewayLocation UNKNOWN = new GatewayLocation(0, 0, 0, "UNKNOWN", 0);

  public GatewayLocation {
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException(
          "latitude must be within -90..90 and longitude within -180..180");
    }
    source = source == null || source.isBlank() ? "UNKNOWN" : source;
  }
}
