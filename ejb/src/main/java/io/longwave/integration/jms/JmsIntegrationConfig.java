package io.longwave.integration.jms;

import java.util.Optional;
import java.util.function.Function;

/**
 * The JMS integration's settings ({@code longwave.integration.jms.*}).
 *
 * @param enabled whether events are sent and downlinks read (off by default)
 * @param connectionFactory JNDI name of the connection factory onto the broker
 * @param eventTopic the topic every event goes to
 * @param downlinkQueue the queue downlink commands are read from
 * @param deadLetterQueue where refused downlink commands go, with the reason
 */
public record JmsIntegrationConfig(
    boolean enabled,
    String connectionFactory,
    String eventTopic,
    String downlinkQueue,
    String deadLetterQueue) {

  static final String PREFIX = "longwave.integration.jms.";

  /** From configuration; IllegalArgumentException naming the key of a bad value. */
  public static JmsIntegrationConfig from(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> get =
        key -> lookup.apply(PREFIX + key).map(String::strip).filter(v -> !v.isEmpty());
    String enabled = get.apply("enabled").orElse("false");
    if (!enabled.equalsIgnoreCase("true") && !enabled.equalsIgnoreCase("false")) {
      throw new IllegalArgumentException(PREFIX + "enabled must be true or false, got '" + enabled + "'");
    }
    return new JmsIntegrationConfig(
        Boolean.parseBoolean(enabled),
        get.apply("connection-factory").orElse("jms/longwave"),
        get.apply("event-topic").orElse("longwave.events"),
        get.apply("downlink-queue").orElse("longwave.downlinks"),
        get.apply("dead-letter-queue").orElse("longwave.downlinks.dlq"));
  }
}
