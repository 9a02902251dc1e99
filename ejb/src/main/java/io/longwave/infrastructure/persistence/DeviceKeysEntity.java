package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceKeys;
import io.longwave.lorawan.Aes128Key;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code device_keys}: the root keys of an OTAA device (LoRaWAN 1.1 §6.1.1), as 32 hex
 * digits each.
 */
@Entity
@Table(name = "device_keys")
public class DeviceKeysEntity {

  @Id
  @Column(name = "dev_eui", length = 16)
  private String devEui;

  @Column(name = "nwk_key", nullable = false, length = 32)
  private String nwkKey;

  @Column(name = "app_key", length = 32)
  private String appKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DeviceKeysEntity() {}

  /** A new row for the keys of {@code devEui}. */
  DeviceKeysEntity(String devEui, DeviceKeys keys, Instant now) {
    this.devEui = devEui;
    this.createdAt = now;
    update(keys, now);
  }

  final void update(DeviceKeys keys, Instant now) {
    nwkKey = keys.nwkKey().toHex();
    appKey = keys.appKey() == null ? null : keys.appKey().toHex();
    updatedAt = now;
  }

  DeviceKeys toDomain() {
    return new DeviceKeys(
        Aes128Key.parse(nwkKey), appKey == null ? null : Aes128Key.parse(appKey));
  }
}
