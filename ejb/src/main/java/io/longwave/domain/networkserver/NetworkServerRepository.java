package io.longwave.domain.networkserver;

import java.util.List;
import java.util.Optional;

/** Stored network servers. */
public interface NetworkServerRepository {

  Optional<NetworkServer> find(long id);

  /** Stores a new network server and returns it with its id. */
  NetworkServer add(NetworkServer server);

  NetworkServer save(NetworkServer server);

  void remove(NetworkServer server);

  /**
   * A page ordered by name: all, or those that {@code organizationId}'s service profiles use
   * (and the built-in one) when given.
   */
  List<NetworkServer> list(Long organizationId, int limit, int offset);

  long count(Long organizationId);

  /** True when profiles or gateways refer to it. */
  boolean isInUse(long id);
}
