package io.longwave.domain.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An organization (a tenant): it owns gateways and applications, and its users see only its
 * data. Device and gateway counts may be capped; 0 means no limit.
 */
@Entity
@Table(name = "organization")
public class Organization {

  @Id
  @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 100)
  private String name;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "can_have_gateways", nullable = false)
  private boolean canHaveGateways;

  @Column(name = "max_device_count", nullable = false)
  private int maxDeviceCount;

  @Column(name = "max_gateway_count", nullable = false)
  private int maxGatewayCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Organization() {}

  public Organization(OrganizationSettings settings, Instant now) {
    apply(settings);
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the organization's name, display name and limits. */
  public void update(OrganizationSettings settings, Instant now) {
    apply(settings);
    this.updatedAt = now;
  }

  private void apply(OrganizationSettings s) {
    this.name = s.name();
    this.displayName = s.displayName();
    this.canHaveGateways = s.canHaveGateways();
    this.maxDeviceCount = s.maxDeviceCount();
    this.maxGatewayCount = s.maxGatewayCount();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String displayName() {
    return displayName;
  }

  public boolean canHaveGateways() {
    return canHaveGateways;
  }

  public int maxDeviceCount() {
    return maxDeviceCount;
  }

  public int maxGatewayCount() {
    return maxGatewayCount;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** The organization's editable settings. */
  public OrganizationSettings settings() {
    return new OrganizationSettings(
        name, displayName, canHaveGateways, maxDeviceCount, maxGatewayCount);
  }
}
