package io.longwave.connector.udp;

import io.longwave.connector.api.frame.GatewayId;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each gateway's downlinks go: the source address of its latest PULL_DATA (PROTOCOL.TXT
 * §5.2; only PULL_DATA updates it, as PUSH_DATA may leave from another port) and its protocol
 * version. A gateway without PULL_DATA for the timeout is offline. Thread-safe.
 */
public final class GatewayRegistry {

  /** A gateway's downlink route. */
  public record Route(InetSocketAddress address, int version, long lastPullNanos) {}

  private final long timeoutNanos;
  private final Map<GatewayId, Route> routes = new ConcurrentHashMap<>();

  public GatewayRegistry(java.time.Duration timeout) {
    this.timeoutNanos = timeout.toNanos();
  }

  /** Records a PULL_DATA; true when the gateway was not online before. */
  public boolean pulled(GatewayId gateway, InetSocketAddress from, int version, long nowNanos) {
    Route old = routes.put(gateway, new Route(from, version, nowNanos));
    return old == null || nowNanos - old.lastPullNanos() >= timeoutNanos;
  }

  /** The route, unless the gateway is unknown or stale. */
  public Optional<Route> route(GatewayId gateway, long nowNanos) {
    Route r = routes.get(gateway);
    return r != null && nowNanos - r.lastPullNanos() < timeoutNanos
        ? Optional.of(r)
        : Optional.empty();
  }

  /** Forgets stale gateways and returns them. */
  public List<GatewayId> expire(long nowNanos) {
    List<GatewayId> gone = new ArrayList<>();
    routes.forEach(
        (g, r) -> {
          if (nowNanos - r.lastPullNanos() >= timeoutNanos && routes.remove(g, r)) {
            gone.add(g);
          }
        });
    return gone;
  }

  /** Gateways with a fresh route. */
  public int online(long nowNanos) {
    int n = 0;
    for (Route r : routes.values()) {
      if (nowNanos - r.lastPullNanos() < timeoutNanos) {
        n++;
      }
    }
    return n;
  }
}
