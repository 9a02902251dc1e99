package io.longwave.uplink.data;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.crypto.AesKeyContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared AES key contexts by key, one small least-recently-used cache per thread: preparing a
 * key costs more than a MIC check with a prepared one, and {@link AesKeyContext} is not
 * thread-safe, so each thread keeps its own. A context is used only between {@link #get} and the
 * end of the crypto call on the same thread.
 *
 * <p>Threading: thread-safe by confinement. Memory: at most {@code capacity} contexts per thread
 * that handles uplinks; the keys stay in memory as long as the thread lives.
 */
public final class AesKeyContextCache {

  private final ThreadLocal<Map<Aes128Key, AesKeyContext>> perThread;

  /**
   * A cache holding up to {@code capacity} prepared keys per thread.
   *
   * @throws IllegalArgumentException when capacity is below 1
   */
  public AesKeyContextCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("the cache needs room for one key, got " + capacity);
    }
    perThread = ThreadLocal.withInitial(() -> new Lru(capacity));
  }

  /** The prepared context of {@code key}, made on first use on this thread. */
  public AesKeyContext get(Aes128Key key) {
    Map<Aes128Key, AesKeyContext> m = perThread.get();
    AesKeyContext c = m.get(key);
    if (c == null) {
      c = AesKeyContext.of(key);
      m.put(key, c);
    }
    return c;
  }

  /** How many keys this thread holds prepared. */
  public int size() {
    return perThread.get().size();
  }

  private static final class Lru extends LinkedHashMap<Aes128Key, AesKeyContext> {

    private static final long serialVersionUID = 1L;
    private final int capacity;

    Lru(int capacity) {
      super(16, 0.75f, true);
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<Aes128Key, AesKeyContext> eldest) {
      return size() > capacity;
    }
  }
}
