package io.longwave.domain.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored gateway profiles. */
public interface GatewayProfileRepository {

  Optional<GatewayProfile> find(UUID id);

  void add(GatewayProfile profile);

  GatewayProfile save(GatewayProfile profile);

  void remove(GatewayProfile profile);

  /** A page ordered by name, optionally of one network server. */
  List<GatewayProfile> list(Long networkServerId, int limit, int offset);

  long count(Long networkServerId);
}
