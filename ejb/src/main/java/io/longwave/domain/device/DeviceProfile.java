package io.longwave.domain.device;

import io.longwave.geolocation.BufferPolicy;
import io.longwave.lorawan.region.RegionId;
import java.util.Objects;
import java.util.UUID;

/**
 * What a family of end-devices supports, as a ChirpStack device profile says it: LoRaWAN version
 * and regional-parameters revision, region, activation, classes, and the receive-window settings
 * of ABP devices (OTAA devices get them in the join-accept). Immutable.
 *
 * @param id the profile's id
 * @param name a name for people
 * @param region the region its devices operate in
 * @param macVersion the LoRaWAN version
 * @param regParamsRevision the regional-parameters revision (A, B, RP002-1.0.0 …)
 * @param supportsOtaa true for over-the-air activation, false for ABP
 * @param supportsClassB ping slots are used
 * @param supportsClassC the device listens continuously
 * @param classBTimeoutSeconds how long a confirmed Class B downlink waits for its ACK
 * @param pingSlotPeriodicity Class B ping-slot periodicity 0..7 (pingNb = 2^(7 - periodicity))
 * @param classCTimeoutSeconds how long a confirmed Class C downlink waits for its ACK
 * @param abpRx1Delay RX1 delay of ABP devices in seconds (0 means 1 s)
 * @param abpRx1DrOffset RX1 data-rate offset of ABP devices
 * @param abpRx2Dr RX2 data rate of ABP devices
 * @param abpRx2FrequencyHz RX2 frequency of ABP devices
 * @param maxEirpDbm the device's maximum EIRP
 * @param adrAlgorithmId the ADR algorithm ({@code default} unless set)
 * @param uplinkIntervalSeconds the expected uplink interval (for the console's status)
 * @param deviceStatusRequestsPerDay how often DevStatusReq is sent (0 = never)
 * @param flushQueueOnActivate whether the downlink queue is emptied when the device (re)joins
 * @param geolocEnabled the devices are located from their uplinks' metadata
 * @param geolocBufferTtlSeconds how long uplinks are buffered to be solved together (0: none)
 * @param geolocMinBufferSize the fewest buffered uplinks a solve needs (0..16)
 * @param details owner, codec, tags and the settings the flows do not read
 */
public record DeviceProfile(
    UUID id,
    String name,
    RegionId region,
    MacVersion macVersion,
    String regParamsRevision,
    boolean supportsOtaa,
    boolean supportsClassB,
    boolean supportsClassC,
    int classBTimeoutSeconds,
    int pingSlotPeriodicity,
    int classCTimeoutSeconds,
    int abpRx1Delay,
    int abpRx1DrOffset,
    int abpRx2Dr,
    long abpRx2FrequencyHz,
    int maxEirpDbm,
    String adrAlgorithmId,
    int uplinkIntervalSeconds,
    int deviceStatusRequestsPerDay,
    boolean flushQueueOnActivate,
    boolean geolocEnabled,
    int geolocBufferTtlSeconds,
    int geolocMinBufferSize,
    DeviceProfileDetails details) {

  /** The longest name accepted (the column's width). */
  public static final int MAX_NAME_LENGTH = 100;

  /** A profile as the network server alone needs it, with {@link DeviceProfileDetails#NONE}. */
  public DeviceProfile(
      UUID id,
      String name,
      RegionId region,
      MacVersion macVersion,
      String regParamsRevision,
      boolean supportsOtaa,
      boolean supportsClassB,
      boolean supportsClassC,
      int classBTimeoutSeconds,
      int pingSlotPeriodicity,
      int classCTimeoutSeconds,
      int abpRx1Delay,
      int abpRx1DrOffset,
      int abpRx2Dr,
      long abpRx2FrequencyHz,
      int maxEirpDbm,
      String adrAlgorithmId,
      int uplinkIntervalSeconds,
      int deviceStatusRequestsPerDay,
      boolean flushQueueOnActivate) {
    this(id, name, region, macVersion, regParamsRevision, supportsOtaa, supportsClassB,
        supportsClassC, classBTimeoutSeconds, pingSlotPeriodicity, classCTimeoutSeconds,
        abpRx1Delay, abpRx1DrOffset, abpRx2Dr, abpRx2FrequencyHz, maxEirpDbm, adrAlgorithmId,
        uplinkIntervalSeconds, deviceStatusRequestsPerDay, flushQueueOnActivate, false, 0, 0,
        DeviceProfileDetails.NONE);
  }

  /** A profile without geolocation, with its details. */
  public DeviceProfile(
      UUID id,
      String name,
      RegionId region,
      MacVersion macVersion,
      String regParamsRevision,
      boolean supportsOtaa,
      boolean supportsClassB,
      boolean supportsClassC,
      int classBTimeoutSeconds,
      int pingSlotPeriodicity,
      int classCTimeoutSeconds,
      int abpRx1Delay,
      int abpRx1DrOffset,
      int abpRx2Dr,
      long abpRx2FrequencyHz,
      int maxEirpDbm,
      String adrAlgorithmId,
      int uplinkIntervalSeconds,
      int deviceStatusRequestsPerDay,
      boolean flushQueueOnActivate,
      DeviceProfileDetails details) {
    this(id, name, region, macVersion, regParamsRevision, supportsOtaa, supportsClassB,
        supportsClassC, classBTimeoutSeconds, pingSlotPeriodicity, classCTimeoutSeconds,
        abpRx1Delay, abpRx1DrOffset, abpRx2Dr, abpRx2FrequencyHz, maxEirpDbm, adrAlgorithmId,
        uplinkIntervalSeconds, deviceStatusRequestsPerDay, flushQueueOnActivate, false, 0, 0,
        details);
  }

  public DeviceProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(macVersion, "macVersion");
    if (pingSlotPeriodicity < 0 || pingSlotPeriodicity > 7) {
      throw new IllegalArgumentException("ping-slot periodicity is 0..7, got " + pingSlotPeriodicity);
    }
    if (adrAlgorithmId == null || adrAlgorithmId.isBlank()) {
      adrAlgorithmId = "default";
    }
    name = name == null ? "" : name;
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "the name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    if (geolocBufferTtlSeconds < 0) {
      throw new IllegalArgumentException(
          "the geolocation buffer TTL must be >= 0 s, got " + geolocBufferTtlSeconds);
    }
    if (geolocMinBufferSize < 0 || geolocMinBufferSize > BufferPolicy.MAX_BUFFERED) {
      throw new IllegalArgumentException("the geolocation minimum buffer size is 0.."
          + BufferPolicy.MAX_BUFFERED + ", got " + geolocMinBufferSize);
    }
    details = details == null ? DeviceProfileDetails.NONE : details;
    regParamsRevision = regParamsRevision == null ? "RP002-1.0.3" : regParamsRevision;
  }

  /** This profile with geolocation settings. */
  public DeviceProfile withGeolocation(boolean enabled, int bufferTtlSeconds, int minBufferSize) {
    return new DeviceProfile(id, name, region, macVersion, regParamsRevision, supportsOtaa,
        supportsClassB, supportsClassC, classBTimeoutSeconds, pingSlotPeriodicity,
        classCTimeoutSeconds, abpRx1Delay, abpRx1DrOffset, abpRx2Dr, abpRx2FrequencyHz,
        maxEirpDbm, adrAlgorithmId, uplinkIntervalSeconds, deviceStatusRequestsPerDay,
        flushQueueOnActivate, enabled, bufferTtlSeconds, minBufferSize, details);
  }

  /** How the devices' uplinks are buffered for geolocation. */
  public BufferPolicy geolocBuffer() {
    return BufferPolicy.of(geolocBufferTtlSeconds, geolocMinBufferSize);
  }

  /** An OTAA profile with ChirpStack's defaults for everything else. */
  public static DeviceProfile otaa(UUID id, RegionId region, MacVersion version) {
    return new DeviceProfile(
        id, "", region, version, "RP002-1.0.3", true, false, false, 60, 0, 60, 1, 0, 0, 0, 16,
        "default", 3600, 0, true);
  }

  /** The Class B pingNb: ping slots per beacon period. */
  public int pingNb() {
    return 1 << (7 - pingSlotPeriodicity);
  }
}
