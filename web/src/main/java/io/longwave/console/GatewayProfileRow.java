package io.longwave.console;

import io.longwave.domain.profile.GatewayProfile;
import java.io.Serializable;
import java.util.stream.Collectors;

/** A gateway profile as its list shows it: its channels in words. */
public record GatewayProfileRow(String id, String name, String channels, int extraChannels,
    int statsInterval) implements Serializable {

  public static GatewayProfileRow of(GatewayProfile p) {
    return new GatewayProfileRow(p.id().toString(), p.name(),
        p.channels().stream().map(String::valueOf).collect(Collectors.joining(", ")),
        p.extraChannels().size(), p.statsInterval());
  }
}
