package io.longwave.domain.gateway;

import io.longwave.lorawan.Eui64;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A gateway registered in Longwave: its identity, location and when it was last heard. */
@Entity
@Table(name = "gateway")
public class Gateway {

  @Id
  @Column(name = "gateway_id", length = 16)
  private String gatewayId;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 500)
  private String description = "";

  private Double latitude;
  private Double longitude;
  private Double altitude;

  @Column(name = "location_source", length = 24)
  private String locationSource;

  @Column(name = "first_seen_at")
  private Instant firstSeenAt;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Gateway() {}

  public Gateway(Eui64 gatewayId, String name, Instant now) {
    this.gatewayId = gatewayId.toString();
    this.name = name;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Eui64 gatewayId() {
    return Eui64.parse(gatewayId);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public void describe(String newName, String newDescription, Instant now) {
    this.name = newName;
    this.description = newDescription == null ? "" : newDescription;
    this.updatedAt = now;
  }

  public Double latitude() {
    return latitude;
  }

  public Double longitude() {
    return longitude;
  }

  public Double altitude() {
    return altitude;
  }

  public String locationSource() {
    return locationSource;
  }

  /** Sets the location, for example from the gateway's GPS. */
  public void locate(double lat, double lon, double alt, String source, Instant now) {
    this.latitude = lat;
    this.longitude = lon;
    this.altitude = alt;
    this.locationSource = source;
    this.updatedAt = now;
  }

  public Instant firstSeenAt() {
    return firstSeenAt;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
