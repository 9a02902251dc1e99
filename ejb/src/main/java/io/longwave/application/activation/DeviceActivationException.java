package io.longwave.application.activation;

import io.longwave.lorawan.Eui64;

/**
 * An activation request that cannot be carried out, with a reason for people and a {@link
 * Reason} for the API to map (unknown device: 404; the others: 400).
 */
public class DeviceActivationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Reason {
    /** No such device. */
    UNKNOWN_DEVICE,
    /** The device's profile does not exist. */
    UNKNOWN_DEVICE_PROFILE,
    /** The device's profile is for over-the-air activation. */
    NOT_ABP,
    /** The keys are not those of the profile's LoRaWAN version. */
    INVALID_KEYS,
    /** A frame counter is outside 0..2^32-1. */
    INVALID_FRAME_COUNTER,
    /** The profile's ABP receive-window settings are not valid in its region. */
    INVALID_PROFILE
  }

  private final transient Eui64 devEui;
  private final Reason reason;

  public DeviceActivationException(Eui64 devEui, Reason reason, String message) {
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
