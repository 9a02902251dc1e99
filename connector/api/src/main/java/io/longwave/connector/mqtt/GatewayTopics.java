package io.longwave.connector.mqtt;

import io.longwave.connector.api.frame.GatewayId;

/**
 * The ChirpStack gateway bridge topic layout, under an optional prefix such as {@code eu868}:
 * events {@code [prefix/]gateway/{id}/event/{up|stats|ack}}, states {@code
 * [prefix/]gateway/{id}/state/conn}, commands {@code [prefix/]gateway/{id}/command/down}. With a
 * shared-subscription group, the subscriptions become {@code $share/{group}/…}, so that each
 * message goes to one of the instances in the group.
 */
final class GatewayTopics {

  /** A parsed incoming topic. */
  record Parsed(GatewayId gateway, String kind, String type) {}

  private final String base;
  private final String share;

  GatewayTopics(String prefix, String sharedGroup) {
    String p = prefix == null ? "" : prefix.strip();
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    this.base = p.isEmpty() ? "" : p + "/";
    this.share = sharedGroup == null || sharedGroup.isBlank() ? "" : "$share/" + sharedGroup + "/";
  }

  String[] subscriptions() {
    return new String[] {share + base + "gateway/+/event/+", share + base + "gateway/+/state/+"};
  }

  String command(GatewayId gateway, String type) {
    return base + "gateway/" + gateway + "/command/" + type;
  }

  /** The gateway, kind (event or state) and type of a topic, or null when it is not ours. */
  Parsed parse(String topic) {
    if (!topic.startsWith(base)) {
      return null;
    }
    String[] parts = topic.substring(base.length()).split("/", -1);
    if (parts.length != 4 || !parts[0].equals("gateway")) {
      return null;
    }
    if (!parts[2].equals("event") && !parts[2].equals("state")) {
      return null;
    }
    try {
      return new Parsed(GatewayId.parse(parts[1]), parts[2], parts[3]);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
