package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.UplinkFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The de-duplication store of a single instance: a concurrent map from key to the copies gathered.
 * Nothing expires here: the deduplicator forgets every key it closes, in this same process.
 */
public final class InMemoryDeduplicationStore implements DeduplicationStore {

  /** The copies of one uplink; guarded by its own monitor. */
  private static final class Window {
    private List<UplinkFrame> frames = new ArrayList<>(4);
  }

  private final ConcurrentHashMap<DeduplicationKey, Window> windows = new ConcurrentHashMap<>();

  @Override
  public boolean add(DeduplicationKey key, UplinkFrame frame) {
    Window fresh = new Window();
    fresh.frames.add(frame);
    Window open = windows.putIfAbsent(key, fresh);
    if (open == null) {
      return true;
    }
    synchronized (open) {
      if (open.frames != null) {
        open.frames.add(frame);
      }
    }
    return false;
  }

  @Override
  public List<UplinkFrame> close(DeduplicationKey key) {
    Window w = windows.get(key);
    if (w == null) {
      return List.of();
    }
    synchronized (w) {
      List<UplinkFrame> frames = w.frames == null ? List.of() : w.frames;
      w.frames = null;
      return frames;
    }
  }

  @Override
  public void forget(DeduplicationKey key) {
    windows.remove(key);
  }

  /** Keys held now (open or closed and not yet forgotten). */
  public int size() {
    return windows.size();
  }
}
