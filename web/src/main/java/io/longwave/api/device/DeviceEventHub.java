package io.longwave.api.device;

import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Hands the application side's events ({@link IntegrationEvent}, fired synchronously once per
 * event) to the live event streams of their device. Observing must not block the application
 * side: listeners only queue the event. Threading: thread-safe.
 */
@ApplicationScoped
public class DeviceEventHub {

  private static final System.Logger LOG = System.getLogger(DeviceEventHub.class.getName());

  private final ConcurrentHashMap<Eui64, Set<Consumer<IntegrationEvent>>> listeners =
      new ConcurrentHashMap<>();

  void onEvent(@Observes IntegrationEvent event) {
    Set<Consumer<IntegrationEvent>> set = listeners.get(event.devEui());
    if (set == null) {
      return;
    }
    for (Consumer<IntegrationEvent> l : set) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "an event stream listener of " + event.devEui() + " failed", e);
      }
    }
  }

  /** Calls {@code listener} with each event of the device from now on; close to stop. */
  public AutoCloseable subscribe(Eui64 devEui, Consumer<IntegrationEvent> listener) {
    listeners.computeIfAbsent(devEui, k -> new CopyOnWriteArraySet<>()).add(listener);
    return () -> listeners.computeIfPresent(devEui, (k, set) -> {
      set.remove(listener);
      return set.isEmpty() ? null : set;
    });
  }
}
