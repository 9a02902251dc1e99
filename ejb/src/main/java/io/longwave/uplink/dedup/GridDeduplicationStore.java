package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.UplinkFrame;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;

/**
 * The de-duplication store shared by several Longwave instances: a JCache of the data grid that
 * Payara's instances form (Hazelcast). The first copy is put with {@code putIfAbsent}, which the
 * grid makes atomic across instances; later copies are appended with compare-and-set
 * ({@code replace(key, old, new)}), retried on contention. Keys expire a fixed time after they were
 * created, so a key whose instance stopped mid-window does not stay.
 *
 * <p>Only values travel through the grid (compared in their serialised form); no code runs on
 * other members, so the grid needs none of the application's classes to execute anything.
 */
public final class GridDeduplicationStore implements DeduplicationStore {

  /** The name of the cache in the grid. */
  public static final String CACHE = "longwave-uplink-deduplication";

  private static final int MAX_ATTEMPTS = 100;

  /**
   * The copies of one uplink, and whether its window has closed. Every change makes a new
   * version, and two windows are equal when their versions are: that is what compare-and-set
   * compares, whether the grid compares values or their serialised form.
   */
  record Window(long version, ArrayList<UplinkFrame> frames, boolean closed)
      implements Serializable {

    Window with(UplinkFrame frame) {
      ArrayList<UplinkFrame> more = new ArrayList<>(frames.size() + 1);
      more.addAll(frames);
      more.add(frame);
      return new Window(version + 1, more, false);
    }

    Window closing() {
      return new Window(version + 1, new ArrayList<>(0), true);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Window w && w.version == version && w.closed == closed;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(version);
    }
  }

  private final Cache<String, Window> cache;

  public GridDeduplicationStore(Cache<String, Window> cache) {
    this.cache = cache;
  }

  /**
   * The store over the grid's cache, creating it with the given retention when no instance has
   * yet (when another one got there first, its cache is used).
   */
  public static GridDeduplicationStore open(CacheManager manager, Duration retention) {
    Cache<String, Window> c = manager.getCache(CACHE, String.class, Window.class);
    if (c == null) {
      MutableConfiguration<String, Window> config =
          new MutableConfiguration<String, Window>()
              .setTypes(String.class, Window.class)
              .setStoreByValue(true)
              .setExpiryPolicyFactory(
                  CreatedExpiryPolicy.factoryOf(
                      new javax.cache.expiry.Duration(
                          TimeUnit.MILLISECONDS, Math.max(1, retention.toMillis()))));
      try {
        c = manager.createCache(CACHE, config);
      } catch (CacheException e) {
        c = manager.getCache(CACHE, String.class, Window.class);
        if (c == null) {
          throw e;
        }
      }
    }
    return new GridDeduplicationStore(c);
  }

  @Override
  public boolean add(DeduplicationKey key, UplinkFrame frame) {
    String k = key.value();
    ArrayList<UplinkFrame> one = new ArrayList<>(1);
    one.add(frame);
    Window fresh = new Window(0, one, false);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (cache.putIfAbsent(k, fresh)) {
        return true;
      }
      Window open = cache.get(k);
      if (open == null) {
        continue; // expired or forgotten in between: try to open it again
      }
      if (open.closed() || cache.replace(k, open, open.with(frame))) {
        return false;
      }
    }
    throw new IllegalStateException(
        "could not add a copy to de-duplication window " + k + " after " + MAX_ATTEMPTS
            + " attempts");
  }

  @Override
  public List<UplinkFrame> close(DeduplicationKey key) {
    String k = key.value();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      Window open = cache.get(k);
      if (open == null || open.closed()) {
        return List.of();
      }
      if (cache.replace(k, open, open.closing())) {
        return open.frames();
      }
    }
    throw new IllegalStateException(
        "could not close de-duplication window " + k + " after " + MAX_ATTEMPTS + " attempts");
  }

  @Override
  public void forget(DeduplicationKey key) {
    cache.remove(key.value());
  }
}
