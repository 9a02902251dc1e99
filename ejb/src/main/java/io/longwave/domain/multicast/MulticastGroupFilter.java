package io.longwave.domain.multicast;

import io.longwave.lorawan.Eui64;

/**
 * What a list of multicast groups is narrowed to (ChirpStack v3 {@code
 * ListMulticastGroupRequest}); every null criterion matches all.
 *
 * @param applicationId groups of this application
 * @param organizationId groups of the applications of this organization
 * @param devEui groups this device is a member of
 * @param search a part of the group's name, any case
 */
public record MulticastGroupFilter(
    Long applicationId, Long organizationId, Eui64 devEui, String search) {

  public MulticastGroupFilter {
    search = search == null || search.isBlank() ? null : search.strip();
  }

  /** This filter narrowed to one application. */
  public MulticastGroupFilter inApplication(long id) {
    return new MulticastGroupFilter(id, organizationId, devEui, search);
  }
}
