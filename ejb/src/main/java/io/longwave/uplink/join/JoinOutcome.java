package io.longwave.uplink.join;

import io.longwave.downlink.join.JoinAcceptSent;
import io.longwave.session.DeviceSession;
import java.util.Objects;

/**
 * What became of a join-request or rejoin-request (LoRaWAN 1.0.4 §6.2, LoRaWAN 1.1 §6.2.4):
 * accepted, or rejected for a reason.
 */
public sealed interface JoinOutcome permits JoinOutcome.Accepted, JoinOutcome.Rejected {

  /**
   * A join-accept was sent.
   *
   * @param session the new session, as saved
   * @param joinAccept the downlink sent
   */
  record Accepted(DeviceSession session, JoinAcceptSent joinAccept) implements JoinOutcome {

    public Accepted {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(joinAccept, "joinAccept");
    }
  }

  /**
   * No join-accept was sent.
   *
   * @param reason the counted reason
   * @param detail a description for people
   */
  record Rejected(JoinRejection reason, String detail) implements JoinOutcome {

    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
