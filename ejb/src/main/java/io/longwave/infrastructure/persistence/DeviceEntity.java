package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceStatus;
import io.longwave.lorawan.Eui64;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code device}: a {@link Device} without its root keys (they are in {@code
 * device_keys}, {@link DeviceKeysEntity}).
 */
@Entity
@Table(name = "device")
public class DeviceEntity {

  @Id
  @Column(name = "dev_eui", length = 16)
  private String devEui;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "device_profile_id", nullable = false)
  private UUID deviceProfileId;

  @Column(name = "join_eui", length = 16)
  private String joinEui;

  @Column(name = "skip_fcnt_check", nullable = false)
  private boolean skipFCntCheck;

  @Column(name = "is_disabled", nullable = false)
  private boolean disabled;

  @Column(name = "join_nonce", nullable = false)
  private int joinNonce;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(nullable = false, length = 500)
  private String description = "";

  @Column(name = "reference_altitude", nullable = false)
  private double referenceAltitude;

  @Column(nullable = false, length = 8000)
  private String tags = "{}";

  @Column(nullable = false, length = 8000)
  private String variables = "{}";

  @Column(name = "device_status_battery")
  private Integer deviceStatusBattery;

  @Column(name = "device_status_margin")
  private Integer deviceStatusMargin;

  @Column(name = "device_status_external_power", nullable = false)
  private boolean deviceStatusExternalPower;

  @Column(name = "dr")
  private Integer dr;

  protected DeviceEntity() {}

  /** A new row for {@code device}, created at {@code now}. */
  DeviceEntity(Device device, Instant now) {
    this.devEui = device.devEui().toString();
    this.createdAt = now;
    update(device, now);
  }

  /** Copies the values of {@code d} (but its keys) into this row. */
  final void update(Device d, Instant now) {
    name = d.name();
    applicationId = d.applicationId();
    deviceProfileId = d.deviceProfileId();
    joinEui = d.joinEui() == null ? null : d.joinEui().toString();
    skipFCntCheck = d.skipFCntCheck();
    disabled = d.disabled();
    joinNonce = d.joinNonce();
    DeviceDetails details = d.details();
    description = details.description();
    referenceAltitude = details.referenceAltitude();
    tags = StringMapJson.write(details.tags());
    variables = StringMapJson.write(details.variables());
    DeviceStatus status = d.status();
    deviceStatusBattery = status.battery();
    deviceStatusMargin = status.margin();
    deviceStatusExternalPower = status.externalPower();
    dr = status.dr();
    updatedAt = now;
  }

  /** The device this row holds, with {@code keys} (null for ABP). */
  Device toDomain(DeviceKeys keys) {
    return new Device(
        Eui64.parse(devEui),
        name,
        applicationId,
        deviceProfileId,
        joinEui == null ? null : Eui64.parse(joinEui),
        keys,
        skipFCntCheck,
        disabled,
        joinNonce,
        new DeviceDetails(description, StringMapJson.read(tags), StringMapJson.read(variables),
            referenceAltitude),
        new DeviceStatus(deviceStatusBattery, deviceStatusMargin, deviceStatusExternalPower, dr));
  }

  String devEui() {
    return devEui;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant lastSeenAt() {
    return lastSeenAt;
  }
}
