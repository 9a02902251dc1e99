package io.longwave.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncObserverFailuresTest {

  private static final Eui64 DEV_EUI = Eui64.parse("0004a30b001c0999");

  private final List<String> counted = new CopyOnWriteArrayList<>();
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Logger jul = Logger.getLogger(AsyncObserverFailures.class.getName());
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord r) {
      logged.add(r);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final AsyncObserverFailures failures = new AsyncObserverFailures(counted::add);

  @BeforeEach
  void listen() {
    jul.addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    jul.removeHandler(handler);
  }

  @Test
  void an_event_whose_observers_all_succeed_is_neither_counted_nor_logged() {
    failures.watch(CompletableFuture.completedFuture("event"), "up", DEV_EUI);
    assertEquals(List.of(), counted);
    assertEquals(List.of(), logged);
  }

  @Test
  void a_failed_observer_is_counted_by_kind_and_logged_with_the_device() {
    CompletableFuture<Object> stage = new CompletableFuture<>();
    failures.watch(stage, "join", DEV_EUI);
    IllegalStateException first = new IllegalStateException("directory unavailable");
    first.addSuppressed(new IllegalArgumentException("codec broken"));
    stage.completeExceptionally(new CompletionException(first));

    assertEquals(List.of("join"), counted);
    assertEquals(1, logged.size());
    LogRecord r = logged.get(0);
    assertEquals(java.util.logging.Level.SEVERE, r.getLevel());
    assertSame(first, r.getThrown(), "the observer's own exception, not the wrapper");
    String message = r.getMessage();
    assertTrue(message.contains("join event of device 0004a30b001c0999"), message);
    assertTrue(message.contains("directory unavailable"), message);
    assertTrue(message.contains("also: java.lang.IllegalArgumentException: codec broken"),
        message);
  }

  @Test
  void failures_of_several_events_are_counted_per_kind() {
    for (String kind : List.of("up", "up", "status")) {
      CompletableFuture<Object> stage = new CompletableFuture<>();
      failures.watch(stage, kind, DEV_EUI);
      stage.completeExceptionally(new RuntimeException("observer failed"));
    }
    assertEquals(List.of("up", "up", "status"), counted);
    assertEquals(3, logged.size());
  }
}
