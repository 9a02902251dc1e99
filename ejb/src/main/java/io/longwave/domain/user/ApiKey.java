package io.longwave.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A key for scripts and backends: its token (a JWT naming the key's id) never expires, and
 * stops working when the key is deleted. Its scope is global (admin or not), one organization,
 * or one application.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "is_admin", nullable = false)
  private boolean admin;

  @Column(name = "organization_id")
  private Long organizationId;

  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ApiKey() {}

  public ApiKey(String name, boolean admin, Long organizationId, Long applicationId, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.name = name;
    this.admin = admin;
    this.organizationId = organizationId;
    this.applicationId = applicationId;
    this.createdAt = now;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean isAdmin() {
    return admin;
  }

  public Long organizationId() {
    return organizationId;
  }

  public Long applicationId() {
    return applicationId;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
