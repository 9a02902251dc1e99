package io.longwave.uplink.data;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Holds the events MAC handling raises until the session they belong to is saved: when the save
 * loses against a concurrent update the steps run again on a fresh copy, and the events of the
 * lost attempt are {@link #clear() cleared} instead of reaching the application twice.
 * Threading: not thread-safe; one per uplink.
 */
final class BufferedApplicationEvents implements ApplicationEvents {

  private final List<Consumer<ApplicationEvents>> held = new ArrayList<>(2);

  @Override
  public void uplinkReceived(DataUplinkEvent event) {
    held.add(e -> e.uplinkReceived(event));
  }

  @Override
  public void joined(JoinEvent event) {
    held.add(e -> e.joined(event));
  }

  @Override
  public void acked(AckEvent event) {
    held.add(e -> e.acked(event));
  }

  @Override
  public void txAcked(TxAckEvent event) {
    held.add(e -> e.txAcked(event));
  }

  @Override
  public void statusReported(StatusEvent event) {
    held.add(e -> e.statusReported(event));
  }

  @Override
  public void error(ErrorEvent event) {
    held.add(e -> e.error(event));
  }

  @Override
  public void locationResolved(LocationEvent event) {
    held.add(e -> e.locationResolved(event));
  }

  /** Forgets the events held. */
  void clear() {
    held.clear();
  }

  /** Hands the events held to {@code target}, in order, and forgets them. */
  void flushTo(ApplicationEvents target) {
    for (Consumer<ApplicationEvents> c : held) {
      c.accept(target);
    }
    held.clear();
  }
}
