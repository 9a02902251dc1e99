package io.longwave.domain.gateway;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an operator sets on a gateway (ChirpStack v3 {@code api.Gateway} without its id). The
 * profile ids may be null; maps and lists are never null.
 */
public record GatewaySettings(
    String name,
    String description,
    GatewayLocation location,
    long organizationId,
    boolean discoveryEnabled,
    long networkServerId,
    UUID gatewayProfileId,
    UUID serviceProfileId,
    List<GatewayBoard> boards,
    Map<String, String> tags,
    Map<String, String> metadata) {

  public GatewaySettings {
    description = description == null ? "" : description;
    location = location == null ? GatewayLocation.UNKNOWN : location;
    boards = List.copyOf(boards == null ? List.of() : boards);
    tags = Map.copyOf(tags == null ? Map.of() : tags);
    metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
  }
}
