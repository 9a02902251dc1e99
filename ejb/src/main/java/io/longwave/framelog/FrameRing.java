package io.longwave.framelog;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed-size history of frames that overwrites its oldest entry: O(1) append, newest-first
 * reads. Threading: thread-safe; every method holds the ring's lock for a few array accesses.
 */
final class FrameRing {

  private final LoggedFrame[] frames;
  private int next;
  private int size;

  FrameRing(int capacity) {
    frames = new LoggedFrame[capacity];
  }

  /** Appends the frame; returns the frame it overwrote, or null. */
  synchronized LoggedFrame add(LoggedFrame frame) {
    LoggedFrame evicted = frames[next];
    frames[next] = frame;
    next = (next + 1) % frames.length;
    if (size < frames.length) {
      size++;
    }
    return evicted;
  }

  /** At most {@code max} frames, newest first. */
  synchronized List<LoggedFrame> newest(int max) {
    int n = Math.min(max, size);
    List<LoggedFrame> out = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      out.add(frames[(next - i + frames.length) % frames.length]);
    }
    return out;
  }

  /** Replaces the logged downlink of the same downlink id, if still held. */
  synchronized void replace(LoggedDownlink updated) {
    for (int i = 0; i < size; i++) {
      if (frames[i] instanceof LoggedDownlink d
          && d.downlinkId() == updated.downlinkId()
          && d.gatewayId().equals(updated.gatewayId())) {
        frames[i] = updated;
        return;
      }
    }
  }
}
