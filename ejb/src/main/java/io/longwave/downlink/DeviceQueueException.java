package io.longwave.downlink;

import io.longwave.lorawan.Eui64;

/**
 * A device-queue request that cannot be carried out, with a reason for people and a {@link
 * Reason} for the API to map (unknown device: 404; the others: 400).
 */
public class DeviceQueueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Reason {
    /** No such device. */
    UNKNOWN_DEVICE,
    /** FPort outside 1..223 (LoRaWAN 1.0.4 §4.3.2: 0 is MAC, 224 the test port, above RFU). */
    INVALID_F_PORT,
    /** The payload is larger than the device's data rate can carry. */
    PAYLOAD_TOO_LARGE
  }

  private final transient Eui64 devEui;
  private final Reason reason;

  public DeviceQueueException(Eui64 devEui, Reason reason, String message) {
    super(message);
    this.devEui = devEui;
    this.reason = reason;
  }

  public Eui64 devEui() {
    return devEui;
  }

  public Reason reason() {
    return reason;
  }
}
