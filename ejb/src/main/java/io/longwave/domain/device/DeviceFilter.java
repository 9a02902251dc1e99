package io.longwave.domain.device;

import java.util.UUID;

/**
 * Which devices a list shows (ChirpStack v3 {@code ListDeviceRequest}); a null member does not
 * filter.
 *
 * @param applicationId only the application's devices
 * @param organizationId only devices of the organization's applications
 * @param serviceProfileId only devices of applications under this service profile
 * @param search only devices whose name or DevEUI contains this (case-insensitive)
 */
public record DeviceFilter(
    Long applicationId, Long organizationId, UUID serviceProfileId, String search) {

  public DeviceFilter {
    search = search == null || search.isBlank() ? null : search.strip();
  }
}
