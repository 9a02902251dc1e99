package io.longwave.application.multicast;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * A multicast-group request that cannot be carried out, with a reason for people and a {@link
 * Reason} for the API to map (unknown group or device: 404; an existing id: 409; no gateway to
 * send through: 409; the others: 400). An application exception, so the enterprise bean throws
 * it unwrapped and rolls its transaction back.
 */
@ApplicationException(rollback = true)
public class MulticastGroupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Reason {
    /** No such group. */
    UNKNOWN_GROUP,
    /** No such device. */
    UNKNOWN_DEVICE,
    /** A group with this id exists already. */
    ALREADY_EXISTS,
    /** A setting or payload is out of range (FPort, data rate, frequency, size, region). */
    INVALID,
    /** No member of the group has been heard by a gateway that can send the group's frames. */
    NO_GATEWAY
  }

  private final UUID groupId;
  private final Reason reason;

  public MulticastGroupException(UUID groupId, Reason reason, String message) {
    super(message);
    this.groupId = groupId;
    this.reason = reason;
  }

  public UUID groupId() {
    return groupId;
  }

  public Reason reason() {
    return reason;
  }
}
