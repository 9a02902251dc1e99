package io.longwave.console.live;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The open live pages by key, each a receiver of notices. Threading: thread-safe; a page that
 * fails to take a notice is logged and keeps its place until it closes.
 */
final class LivePages<K> {

  private static final Logger LOG = System.getLogger(LivePages.class.getName());

  private final Map<K, Set<Consumer<String>>> pages = new ConcurrentHashMap<>();

  /** Registers {@code page} for {@code key}; false when it already was. */
  boolean add(K key, Consumer<String> page) {
    Objects.requireNonNull(page, "page");
    boolean[] added = new boolean[1];
    pages.compute(key, (k, set) -> {
      Set<Consumer<String>> s = set == null ? ConcurrentHashMap.newKeySet() : set;
      added[0] = s.add(page);
      return s;
    });
    return added[0];
  }

  /** Unregisters {@code page} of {@code key}; false when it was not registered. */
  boolean remove(K key, Consumer<String> page) {
    boolean[] removed = new boolean[1];
    pages.computeIfPresent(key, (k, set) -> {
      removed[0] = set.remove(page);
      return set.isEmpty() ? null : set;
    });
    return removed[0];
  }

  /** Sends {@code notice} to every page of {@code key}. */
  void send(K key, String notice) {
    Set<Consumer<String>> open = pages.get(key);
    if (open == null) {
      return;
    }
    for (Consumer<String> page : open) {
      try {
        page.accept(notice);
      } catch (RuntimeException e) {
        LOG.log(Level.DEBUG, "a live notice of {0} was not sent: {1}", key, e.toString());
      }
    }
  }
}
