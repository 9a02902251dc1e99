package io.longwave.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveSubscriptionsTest {

  private final List<String> subscribed = new ArrayList<>();
  private final List<String> ended = new ArrayList<>();
  private final LiveSubscriptions<String> subscriptions = new LiveSubscriptions<>(key -> {
    subscribed.add(key);
    return () -> ended.add(key);
  });

  @Test
  void the_first_page_of_a_key_subscribes_and_the_last_one_ends_it() {
    subscriptions.opened("a");
    subscriptions.opened("a");
    assertEquals(List.of("a"), subscribed, "one subscription however many pages");
    assertEquals(2, subscriptions.pages("a"));
    subscriptions.closed("a");
    assertEquals(List.of(), ended, "a page of the key is still open");
    subscriptions.closed("a");
    assertEquals(List.of("a"), ended);
    assertEquals(0, subscriptions.pages("a"));
    assertEquals(Set.of(), subscriptions.watched());
  }

  @Test
  void keys_are_counted_apart() {
    subscriptions.opened("a");
    subscriptions.opened("b");
    subscriptions.closed("a");
    assertEquals(List.of("a"), ended);
    assertEquals(Set.of("b"), subscriptions.watched());
  }

  @Test
  void a_key_opened_again_after_its_last_page_closed_subscribes_again() {
    subscriptions.opened("a");
    subscriptions.closed("a");
    subscriptions.opened("a");
    assertEquals(List.of("a", "a"), subscribed);
    assertEquals(1, subscriptions.pages("a"));
  }

  @Test
  void closing_a_key_never_opened_is_ignored() {
    subscriptions.closed("z");
    subscriptions.opened("a");
    subscriptions.closed("z");
    assertEquals(List.of(), ended);
    assertEquals(1, subscriptions.pages("a"));
  }

  @Test
  void a_subscription_that_fails_to_end_is_forgotten_anyway() {
    LiveSubscriptions<String> failing = new LiveSubscriptions<>(key -> () -> {
      throw new IllegalStateException("already gone");
    });
    failing.opened("a");
    failing.closed("a");
    assertEquals(0, failing.pages("a"));
  }
}
