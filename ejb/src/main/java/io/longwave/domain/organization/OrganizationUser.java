package io.longwave.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A user's membership of an organization with its role: an organization admin manages
 * everything in it; a device admin manages applications and devices; a gateway admin manages
 * gateways; a member with none of these may only read.
 */
@Entity
@Table(name = "organization_user")
@IdClass(OrganizationUser.Key.class)
public class OrganizationUser {

  @Id
  @Column(name = "organization_id")
  private Long organizationId;

  @Id
  @Column(name = "user_id")
  private Long userId;

  @Column(name = "is_admin", nullable = false)
  private boolean admin;

  @Column(name = "is_device_admin", nullable = false)
  private boolean deviceAdmin;

  @Column(name = "is_gateway_admin", nullable = false)
  private boolean gatewayAdmin;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected OrganizationUser() {}

  public OrganizationUser(long organizationId, long userId, OrganizationRole role, Instant now) {
    this.organizationId = organizationId;
    this.userId = userId;
    this.createdAt = now;
    changeRole(role, now);
  }

  /** Replaces the role. */
  public void changeRole(OrganizationRole role, Instant now) {
    this.admin = role.admin();
    this.deviceAdmin = role.deviceAdmin();
    this.gatewayAdmin = role.gatewayAdmin();
    this.updatedAt = now;
  }

  public long organizationId() {
    return organizationId;
  }

  public long userId() {
    return userId;
  }

  public OrganizationRole role() {
    return new OrganizationRole(admin, deviceAdmin, gatewayAdmin);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The composite key. */
  public static final class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long organizationId;
    private Long userId;

    public Key() {}

    public Key(long organizationId, long userId) {
      this.organizationId = organizationId;
      this.userId = userId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(organizationId, k.organizationId)
          && Objects.equals(userId, k.userId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(organizationId, userId);
    }
  }
}
