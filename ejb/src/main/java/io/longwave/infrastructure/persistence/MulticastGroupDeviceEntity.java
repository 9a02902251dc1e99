package io.longwave.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code multicast_group_device}: a device is a member of a multicast group. */
@Entity
@Table(name = "multicast_group_device")
public class MulticastGroupDeviceEntity {

  @EmbeddedId private Key key;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MulticastGroupDeviceEntity() {}

  MulticastGroupDeviceEntity(UUID groupId, String devEui, Instant now) {
    this.key = new Key(groupId, devEui);
    this.createdAt = now;
  }

  String devEui() {
    return key.devEui;
  }

  /** The primary key: group and DevEUI. */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "multicast_group_id", nullable = false)
    private UUID multicastGroupId;

    @Column(name = "dev_eui", nullable = false, length = 16)
    private String devEui;

    protected Key() {}

    Key(UUID multicastGroupId, String devEui) {
      this.multicastGroupId = multicastGroupId;
      this.devEui = devEui;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(multicastGroupId, k.multicastGroupId)
          && Objects.equals(devEui, k.devEui);
    }

    @Override
    public int hashCode() {
      return Objects.hash(multicastGroupId, devEui);
    }
  }
}
