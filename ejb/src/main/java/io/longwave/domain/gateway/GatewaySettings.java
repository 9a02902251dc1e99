package io.longwave.domain.gateway;

import io.longwave.lorawan.region.RegionId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What an operator sets on a gateway (ChirpStack v3 {@code api.Gateway} without its id, plus the
 * region it serves). The profile ids and the region may be null; maps and lists are never null.
 *
 * @param region the only region whose devices the gateway serves, or null for every region
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
    Map<String, String> metadata,
    RegionId region) {

  /** Settings of a gateway that serves every region. */
  public GatewaySettings(
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
    this(name, description, location, organizationId, discoveryEnabled, networkServerId,
        gatewayProfileId, serviceProfileId, boards, tags, metadata, null);
  }

  public GatewaySettings {
    description = description == null ? "" : description;
    location = location == null ? GatewayLocation.UNKNOWN : location;
    boards = List.copyOf(boards == null ? List.of() : boards);
    tags = Map.copyOf(tags == null ? Map.of() : tags);
    metadata = Map.copyOf(metadata == null ? Map.of() : metadata);
  }
}
