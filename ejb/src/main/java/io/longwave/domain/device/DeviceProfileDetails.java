package io.longwave.domain.device;

import java.util.List;
import java.util.Map;

/**
 * What a device profile carries beyond what the network server's flows read (ChirpStack v3 {@code
 * DeviceProfile}): its owner, Class B ping-slot radio settings, factory preset frequencies, duty
 * cycle, the 32-bit frame counter flag, the payload codec and tags.
 *
 * @param organizationId the organization owning the profile, or null for one written by the
 *     network server alone
 * @param networkServerId the network server (Longwave's built-in one is 1)
 * @param pingSlotDr the Class B ping-slot data rate
 * @param pingSlotFrequencyHz the Class B ping-slot frequency, 0 for the region's default
 * @param factoryPresetFrequenciesHz the frequencies an ABP device is preset with
 * @param maxDutyCycle the maximum duty cycle (percent)
 * @param supports32BitFCnt the device uses 32-bit frame counters
 * @param codec the payload codec
 * @param tags key-value pairs exported with the events of the profile's devices
 */
public record DeviceProfileDetails(
    Long organizationId,
    long networkServerId,
    int pingSlotDr,
    long pingSlotFrequencyHz,
    List<Long> factoryPresetFrequenciesHz,
    int maxDutyCycle,
    boolean supports32BitFCnt,
    PayloadCodec codec,
    Map<String, String> tags) {

  /** The built-in network server's id. */
  public static final long BUILT_IN_NETWORK_SERVER = 1;

  /** The most factory preset frequencies accepted. */
  public static final int MAX_FACTORY_PRESET_FREQUENCIES = 16;

  /** No owner, the schema's defaults. */
  public static final DeviceProfileDetails NONE =
      new DeviceProfileDetails(
          null, BUILT_IN_NETWORK_SERVER, 0, 0, List.of(), 0, true, PayloadCodec.NONE, Map.of());

  public DeviceProfileDetails {
    if (pingSlotDr < 0 || pingSlotDr > 15) {
      throw new IllegalArgumentException("the ping-slot data rate is 0..15, got " + pingSlotDr);
    }
    if (pingSlotFrequencyHz < 0) {
      throw new IllegalArgumentException("the ping-slot frequency must not be negative");
    }
    factoryPresetFrequenciesHz =
        factoryPresetFrequenciesHz == null ? List.of() : List.copyOf(factoryPresetFrequenciesHz);
    if (factoryPresetFrequenciesHz.size() > MAX_FACTORY_PRESET_FREQUENCIES) {
      throw new IllegalArgumentException(
          "at most " + MAX_FACTORY_PRESET_FREQUENCIES + " factory preset frequencies");
    }
    for (long f : factoryPresetFrequenciesHz) {
      if (f <= 0) {
        throw new IllegalArgumentException("a factory preset frequency must be positive: " + f);
      }
    }
    if (maxDutyCycle < 0 || maxDutyCycle > 100) {
      throw new IllegalArgumentException("the maximum duty cycle is 0..100, got " + maxDutyCycle);
    }
    codec = codec == null ? PayloadCodec.NONE : codec;
    tags = StringMap.copyOf("tags", tags);
  }
}
