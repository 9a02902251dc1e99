package io.longwave.domain.multicast;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored multicast group with what the management side knows of it besides its settings.
 *
 * @param group the group's settings
 * @param applicationId the application it belongs to; null for a group stored without one
 * @param createdAt when it was created
 * @param updatedAt when its settings or frame counter last changed
 */
public record MulticastGroupSummary(
    MulticastGroup group, Long applicationId, Instant createdAt, Instant updatedAt) {

  public MulticastGroupSummary {
    Objects.requireNonNull(group, "group");
  }
}
