package io.longwave.application.event;

/**
 * The port between the network server and the application side: one method per event kind. The
 * network server calls it after its own state is saved; implementations must not block for long
 * (integrations deliver asynchronously).
 */
public interface ApplicationEvents {

  void uplinkReceived(DataUplinkEvent event);

  void joined(JoinEvent event);

  void acked(AckEvent event);

  void txAcked(TxAckEvent event);

  void statusReported(StatusEvent event);

  void error(ErrorEvent event);

  /** A device was located from its uplinks. */
  void locationResolved(LocationEvent event);
}
