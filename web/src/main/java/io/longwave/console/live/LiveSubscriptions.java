package io.longwave.console.live;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The sources watched for the open live pages, counted by key: the source of a key (a device's
 * frames and events, a gateway's frames) is subscribed when the first page of that key opens and
 * closed when the last one closes, so that an open page costs one subscription per key however
 * many tabs show it. Threading: thread-safe.
 */
final class LiveSubscriptions<K> {

  private static final Logger LOG = System.getLogger(LiveSubscriptions.class.getName());

  private record Watch(int pages, AutoCloseable subscription) {}

  private final Function<K, AutoCloseable> subscribe;
  private final Map<K, Watch> watches = new HashMap<>();

  /** @param subscribe subscribes to the source of a key; closing the result ends it */
  LiveSubscriptions(Function<K, AutoCloseable> subscribe) {
    this.subscribe = Objects.requireNonNull(subscribe, "subscribe");
  }

  /** A page of {@code key} opened. */
  synchronized void opened(K key) {
    Objects.requireNonNull(key, "key");
    Watch w = watches.get(key);
    watches.put(key, w == null ? new Watch(1, subscribe.apply(key))
        : new Watch(w.pages() + 1, w.subscription()));
  }

  /** A page of {@code key} closed; a key that is not watched is ignored. */
  void closed(K key) {
    AutoCloseable ended;
    synchronized (this) {
      Watch w = watches.get(key);
      if (w == null) {
        return;
      }
      if (w.pages() > 1) {
        watches.put(key, new Watch(w.pages() - 1, w.subscription()));
        return;
      }
      watches.remove(key);
      ended = w.subscription();
    }
    try {
      ended.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "ending the live subscription of " + key + " failed", e);
    }
  }

  /** How many pages of {@code key} are open. */
  synchronized int pages(K key) {
    Watch w = watches.get(key);
    return w == null ? 0 : w.pages();
  }

  /** The keys watched now. */
  synchronized Set<K> watched() {
    return Set.copyOf(watches.keySet());
  }
}
