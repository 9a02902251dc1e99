package io.longwave.console;

import io.longwave.domain.gateway.Gateway;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** A gateway as the gateway list shows it. */
public record GatewayRow(String gatewayId, String name, String description, String lastSeen,
    ActivityStatus status) implements Serializable {

  /** The row of {@code gateway}, whose statistics come every {@code statsInterval}. */
  public static GatewayRow of(Gateway gateway, Duration statsInterval, Instant now) {
    return new GatewayRow(gateway.gatewayId().toString(), gateway.name(), gateway.description(),
        ConsoleTime.format(gateway.lastSeenAt(), "never"),
        ActivityStatus.ofGateway(gateway.lastSeenAt(), statsInterval, now));
  }
}
