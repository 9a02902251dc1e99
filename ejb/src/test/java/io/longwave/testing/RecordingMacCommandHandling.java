package io.longwave.testing;

import io.longwave.lorawan.mac.MacCommand;
import io.longwave.mac.MacCommandHandling;
import io.longwave.mac.MacContext;
import io.longwave.mac.MacOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * MAC handling that records the commands it is given and answers as a test tells it: a fixed
 * outcome, fixed requests, and an optional change applied to the session for each call.
 */
public final class RecordingMacCommandHandling implements MacCommandHandling {

  private final List<List<MacCommand>> handled = new ArrayList<>();
  private MacOutcome outcome = MacOutcome.none();
  private List<MacCommand> requests = List.of();
  private Consumer<MacContext> onUplink = c -> { };
  private int requestCalls;

  @Override
  public synchronized MacOutcome handleUplink(MacContext context, List<MacCommand> commands) {
    handled.add(List.copyOf(commands));
    onUplink.accept(context);
    return outcome;
  }

  @Override
  public synchronized List<MacCommand> requests(MacContext context) {
    requestCalls++;
    return requests;
  }

  /** The outcome every uplink's commands get. */
  public synchronized RecordingMacCommandHandling answering(MacOutcome o) {
    outcome = o;
    return this;
  }

  /** The requests every uplink gets. */
  public synchronized RecordingMacCommandHandling requesting(List<MacCommand> r) {
    requests = List.copyOf(r);
    return this;
  }

  /** Something to do with the context of each uplink with commands (change the session …). */
  public synchronized RecordingMacCommandHandling onUplink(Consumer<MacContext> c) {
    onUplink = c;
    return this;
  }

  /** The command lists handled, one per uplink with commands. */
  public synchronized List<List<MacCommand>> handled() {
    return List.copyOf(handled);
  }

  public synchronized int requestCalls() {
    return requestCalls;
  }
}
