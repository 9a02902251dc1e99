package io.longwave.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationPublisher;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Events reach the publisher and the live streams, each despite a failure of the other. */
class PublishingSinkTest {

  private static final IntegrationEvent EVENT = new IntegrationEvent(UUID.randomUUID(),
      EventType.UP, 1, PipelineGiven.DEV_EUI, PipelineGiven.NOW,
      Json.createObjectBuilder().build(), Json.createObjectBuilder().build());

  private final List<IntegrationEvent> published = new ArrayList<>();
  private final List<IntegrationEvent> streamed = new ArrayList<>();

  @Test
  void an_event_goes_to_the_publisher_then_to_the_streams() {
    new PublishingSink(published::add, streamed::add).accept(EVENT);
    assertEquals(List.of(EVENT), published);
    assertEquals(List.of(EVENT), streamed);
  }

  @Test
  void a_failing_publisher_does_not_keep_the_event_from_the_streams() {
    IntegrationPublisher failing = e -> {
      throw new IllegalStateException("outbox unavailable");
    };
    new PublishingSink(failing, streamed::add).accept(EVENT);
    assertEquals(List.of(EVENT), streamed);
  }

  @Test
  void a_failing_stream_observer_does_not_throw_back() {
    new PublishingSink(published::add, e -> {
      throw new IllegalStateException("slow client");
    }).accept(EVENT);
    assertEquals(List.of(EVENT), published);
  }

  @Test
  void without_a_publisher_events_reach_the_streams_only() {
    new PublishingSink(null, streamed::add).accept(EVENT);
    assertEquals(List.of(EVENT), streamed);
  }
}
