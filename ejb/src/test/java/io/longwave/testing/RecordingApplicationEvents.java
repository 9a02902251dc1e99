package io.longwave.testing;

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

/** Records every event handed to the application side, in order. */
public final class RecordingApplicationEvents implements ApplicationEvents {

  private final List<Object> events = new ArrayList<>();

  @Override
  public synchronized void uplinkReceived(DataUplinkEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void joined(JoinEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void acked(AckEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void txAcked(TxAckEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void statusReported(StatusEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void error(ErrorEvent event) {
    events.add(event);
  }

  @Override
  public synchronized void locationResolved(LocationEvent event) {
    events.add(event);
  }

  /** The events of one kind, in order. */
  public synchronized <T> List<T> of(Class<T> kind) {
    List<T> l = new ArrayList<>();
    for (Object e : events) {
      if (kind.isInstance(e)) {
        l.add(kind.cast(e));
      }
    }
    return l;
  }

  public synchronized List<Object> all() {
    return List.copyOf(events);
  }
}
