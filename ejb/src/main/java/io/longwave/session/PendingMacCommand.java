package io.longwave.session;

import io.longwave.lorawan.mac.MacCommand;
import java.time.Instant;
import java.util.Objects;

/**
 * A MAC command the network sent and whose answer it waits for (ChirpStack keeps these to pair a
 * LinkADRAns with the LinkADRReq it answers).
 *
 * @param command the request as sent
 * @param sentAt when it was sent
 * @param attempts how many times it has been sent
 */
public record PendingMacCommand(MacCommand command, Instant sentAt, int attempts) {

  public PendingMacCommand {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
