package io.longwave.domain.device;

import io.longwave.lorawan.Eui64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An end-device as the network server needs it. Immutable; a change is a new value saved through
 * {@link DeviceRepository}.
 *
 * @param devEui the DevEUI
 * @param name a name for people
 * @param applicationId the application the device belongs to
 * @param deviceProfileId its profile
 * @param joinEui the JoinEUI (AppEUI in 1.0.x) it joins with, or null for ABP
 * @param keys its root keys, or null for ABP devices
 * @param skipFCntCheck accept any frame counter (devices that reset their counters)
 * @param disabled uplinks are ignored
 * @param joinNonce the last JoinNonce sent to it (1.1 requires them to increase)
 * @param details what people and the application side keep with it (description, tags...)
 * @param status its last reported status
 */
public record Device(
    Eui64 devEui,
    String name,
    long applicationId,
    UUID deviceProfileId,
    Eui64 joinEui,
    DeviceKeys keys,
    boolean skipFCntCheck,
    boolean disabled,
    int joinNonce,
    DeviceDetails details,
    DeviceStatus status) {

  /** The longest name accepted (the column's width). */
  public static final int MAX_NAME_LENGTH = 100;

  public Device {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(deviceProfileId, "deviceProfileId");
    name = name == null ? "" : name;
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "the name is longer than " + MAX_NAME_LENGTH + " characters");
    }
    details = details == null ? DeviceDetails.NONE : details;
    status = status == null ? DeviceStatus.UNKNOWN : status;
  }

  /** A device as the network server alone needs it: no details, no status reported yet. */
  public Device(
      Eui64 devEui,
      String name,
      long applicationId,
      UUID deviceProfileId,
      Eui64 joinEui,
      DeviceKeys keys,
      boolean skipFCntCheck,
      boolean disabled,
      int joinNonce) {
    this(devEui, name, applicationId, deviceProfileId, joinEui, keys, skipFCntCheck, disabled,
        joinNonce, DeviceDetails.NONE, DeviceStatus.UNKNOWN);
  }

  /** The root keys, if the device joins over the air. */
  public Optional<DeviceKeys> otaaKeys() {
    return Optional.ofNullable(keys);
  }

  /** This device after a join-accept with {@code nonce} was made. */
  public Device withJoinNonce(int nonce) {
    return new Device(
        devEui, name, applicationId, deviceProfileId, joinEui, keys, skipFCntCheck, disabled,
        nonce, details, status);
  }

  /** This device joining with {@code eui} as its JoinEUI. */
  public Device withJoinEui(Eui64 eui) {
    return new Device(
        devEui, name, applicationId, deviceProfileId, eui, keys, skipFCntCheck, disabled,
        joinNonce, details, status);
  }

  /** This device with other root keys (null: none, ABP). */
  public Device withKeys(DeviceKeys newKeys) {
    return new Device(
        devEui, name, applicationId, deviceProfileId, joinEui, newKeys, skipFCntCheck, disabled,
        joinNonce, details, status);
  }
}
