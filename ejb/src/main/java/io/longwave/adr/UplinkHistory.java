package io.longwave.adr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #CAPACITY} uplinks of a device for ADR, oldest first (ChirpStack's {@code
 * uplink_adr_history} of the device session). Entries are keyed by the full FCntUp:
 *
 * <ul>
 *   <li>an uplink with a frame counter already held is a retransmission (NbTrans &gt; 1, LoRaWAN
 *       1.0.4 §4.3.1.6) and is merged into that entry, keeping the best SNR and RSSI;
 *   <li>an uplink with a frame counter below the newest one means the counter was reset (a new
 *       session, or an ABP device with the frame-counter check skipped): the history restarts;
 *   <li>otherwise the uplink is appended and the oldest entry dropped beyond {@value #CAPACITY}.
 * </ul>
 *
 * <p>Not thread-safe: it belongs to one device session and is updated while that session is being
 * processed.
 */
public final class UplinkHistory {

  /** The number of uplinks kept, and the number the default algorithm waits for. */
  public static final int CAPACITY = 20;

  private final ArrayDeque<UplinkMetrics> entries = new ArrayDeque<>(CAPACITY + 1);

  /** An empty history. */
  public UplinkHistory() {}

  /**
   * A history holding the newest {@value #CAPACITY} of {@code saved} (for example read back from a
   * stored session), oldest first, with the same rules as {@link #add}.
   */
  public static UplinkHistory of(List<UplinkMetrics> saved) {
    UplinkHistory h = new UplinkHistory();
    for (UplinkMetrics m : saved) {
      h.add(m);
    }
    return h;
  }

  /** Adds an uplink's metrics as described on the class. */
  public void add(UplinkMetrics metrics) {
    if (metrics == null) {
      throw new IllegalArgumentException("uplink metrics must not be null");
    }
    UplinkMetrics newest = entries.peekLast();
    if (newest != null && metrics.fCnt() < newest.fCnt()) {
      if (replaceSameFCnt(metrics)) {
        return;
      }
      entries.clear();
    } else if (newest != null && metrics.fCnt() == newest.fCnt()) {
      entries.pollLast();
      entries.addLast(newest.mergeRetransmission(metrics));
      return;
    }
    entries.addLast(metrics);
    while (entries.size() > CAPACITY) {
      entries.pollFirst();
    }
  }

  private boolean replaceSameFCnt(UplinkMetrics metrics) {
    if (!containsFCnt(metrics.fCnt())) {
      return false;
    }
    List<UplinkMetrics> copy = new ArrayList<>(entries);
    entries.clear();
    for (UplinkMetrics m : copy) {
      entries.addLast(m.fCnt() == metrics.fCnt() ? m.mergeRetransmission(metrics) : m);
    }
    return true;
  }

  private boolean containsFCnt(long fCnt) {
    for (UplinkMetrics m : entries) {
      if (m.fCnt() == fCnt) {
        return true;
      }
    }
    return false;
  }

  /** The entries, oldest first, as an immutable list (for {@link AdrRequest} or storage). */
  public List<UplinkMetrics> entries() {
    return List.copyOf(entries);
  }

  /** The number of entries, 0 to {@value #CAPACITY}. */
  public int size() {
    return entries.size();
  }

  /** True when {@value #CAPACITY} uplinks are held. */
  public boolean full() {
    return entries.size() == CAPACITY;
  }

  /** Forgets every entry, for example after a join. */
  public void clear() {
    entries.clear();
  }

  /** The packet loss of these entries in percent; see {@link #packetLossPercentage(List)}. */
  public double packetLossPercentage() {
    return packetLossPercentage(entries());
  }

  /**
   * The packet loss in percent, as ChirpStack's {@code get_packet_loss_percentage}: 0 until the
   * history is full; then the frame counters missing between consecutive entries, divided by the
   * number of entries, times 100. A frame counter that does not increase counts as no loss (the
   * reference implementation would underflow there).
   */
  public static double packetLossPercentage(List<UplinkMetrics> history) {
    int n = history.size();
    if (n < CAPACITY) {
      return 0.0;
    }
    long lost = 0;
    long previous = history.get(0).fCnt();
    for (int i = 1; i < n; i++) {
      long fCnt = history.get(i).fCnt();
      if (fCnt > previous) {
        lost += fCnt - previous - 1;
      }
      previous = fCnt;
    }
    return lost * 100.0 / n;
  }
}
