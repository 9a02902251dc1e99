package io.longwave.domain.profile;

/**
 * What a global admin sets on a service profile (ChirpStack v3 {@code ServiceProfile}; LoRaWAN
 * Backend Interfaces 1.0 §13.1): rate limits, device-status requests, the allowed data rates,
 * roaming flags and gateway metadata. {@code channelMask} is hex, empty for none.
 *
 * @throws IllegalArgumentException with a readable reason for values out of range
 */
public record ServiceProfileSettings(
    String name,
    long organizationId,
    long networkServerId,
    int ulRate,
    int ulBucketSize,
    String ulRatePolicy,
    int dlRate,
    int dlBucketSize,
    String dlRatePolicy,
    boolean addGwMetaData,
    int devStatusReqFreq,
    boolean reportDevStatusBattery,
    boolean reportDevStatusMargin,
    int drMin,
    int drMax,
    String channelMask,
    boolean prAllowed,
    boolean hrAllowed,
    boolean raAllowed,
    boolean nwkGeoLoc,
    int targetPer,
    int minGwDiversity,
    boolean gwsPrivate) {

  public ServiceProfileSettings {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("name must be 1 to 100 characters");
    }
    ulRatePolicy = policy("ulRatePolicy", ulRatePolicy);
    dlRatePolicy = policy("dlRatePolicy", dlRatePolicy);
    if (ulRate < 0 || ulBucketSize < 0 || dlRate < 0 || dlBucketSize < 0
        || devStatusReqFreq < 0 || targetPer < 0 || targetPer > 100 || minGwDiversity < 0) {
      throw new IllegalArgumentException(
          "rates, bucket sizes, devStatusReqFreq and minGWDiversity must be 0 or more and "
              + "targetPER 0..100");
    }
    if (drMin < 0 || drMax > 15 || drMin > drMax) {
      throw new IllegalArgumentException("drMin and drMax must satisfy 0 <= drMin <= drMax <= 15");
    }
    channelMask = channelMask == null ? "" : channelMask;
    if (!channelMask.matches("([0-9a-f]{2}){0,32}")) {
      throw new IllegalArgumentException("channelMask must be at most 32 bytes");
    }
  }

  private static String policy(String field, String value) {
    String v = value == null || value.isBlank() ? "DROP" : value;
    if (!v.equals("DROP") && !v.equals("MARK")) {
      throw new IllegalArgumentException(field + " must be DROP or MARK");
    }
    return v;
  }
}
