package io.longwave.mac;

import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.util.List;

/**
 * Handles the uplink MAC commands of one CID (LoRaWAN 1.0.4 §5, LoRaWAN 1.1 §5; ChirpStack
 * {@code maccommand/*.rs}, one file per command). Implementations are stateless and thread-safe;
 * they change the session of the context in place.
 */
public interface MacCommandHandler {

  /** The uplink command handled. */
  Cid cid();

  /**
   * True when the command answers a request of the network: without a pending request of the
   * same CID it is ignored (and logged) instead of handled.
   */
  boolean answersRequest();

  /**
   * Handles the commands of this CID that one uplink carried.
   *
   * @param context the uplink, its session and the network's settings
   * @param block the uplink's commands of {@link #cid()}, in order (several for LinkADRAns)
   * @param pending the requests of the same CID the network had sent, in order; empty when there
   *     were none (only for commands that do not {@link #answersRequest() answer} one)
   * @return the answers to send back and whether a downlink must go out
   */
  MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending);
}
