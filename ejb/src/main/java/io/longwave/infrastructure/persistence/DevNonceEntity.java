package io.longwave.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A row of {@code device_nonce}: a DevNonce a device used with a JoinEUI in a join-request
 * (type 0xff) or rejoin-request (types 0..2), LoRaWAN 1.0.4 §6.2.4 and 1.1 §6.2.4.2. Rows are
 * inserted by {@link JpaDevNonceRepository#use} with SQL; the entity serves the queries.
 */
@Entity
@Table(name = "device_nonce")
@IdClass(DevNonceEntity.Key.class)
public class DevNonceEntity {

  @Id
  @Column(name = "dev_eui", length = 16)
  private String devEui;

  @Id
  @Column(name = "join_eui", length = 16)
  private String joinEui;

  @Id
  @Column(name = "dev_nonce")
  private int devNonce;

  @Id
  @Column(name = "join_request_type")
  private int joinRequestType;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected DevNonceEntity() {}

  /** The identity of a row: all four columns of the unique constraint. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private String devEui;
    private String joinEui;
    private int devNonce;
    private int joinRequestType;

    public Key() {}

    Key(String devEui, String joinEui, int devNonce, int joinRequestType) {
      this.devEui = devEui;
      this.joinEui = joinEui;
      this.devNonce = devNonce;
      this.joinRequestType = joinRequestType;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && devEui.equals(k.devEui)
          && joinEui.equals(k.joinEui)
          && devNonce == k.devNonce
          && joinRequestType == k.joinRequestType;
    }

    @Override
    public int hashCode() {
      return Objects.hash(devEui, joinEui, devNonce, joinRequestType);
    }
  }
}
