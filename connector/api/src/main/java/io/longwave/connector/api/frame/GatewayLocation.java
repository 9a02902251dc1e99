package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * A position in WGS 84.
 *
 * @param latitude degrees
 * @param longitude degrees
 * @param altitude metres above sea level
 * @param source where the position came from
 */
public record GatewayLocation(
    double latitude, double longitude, double altitude, LocationSource source)
    implements Serializable {}
