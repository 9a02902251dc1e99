package io.longwave.infrastructure.persistence;

import io.longwave.connector.api.frame.LocationSource;
import io.longwave.domain.device.DeviceLocation;
import io.longwave.lorawan.Eui64;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code device_location}: a {@link DeviceLocation}. */
@Entity
@Table(name = "device_location")
public class DeviceLocationEntity {

  @Id
  @Column(name = "dev_eui", length = 16)
  private String devEui;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @Column(nullable = false)
  private double altitude;

  @Column(nullable = false)
  private double accuracy;

  @Column(nullable = false, length = 24)
  private String source;

  @Column(name = "gateway_count", nullable = false)
  private int gatewayCount;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DeviceLocationEntity() {}

  DeviceLocationEntity(DeviceLocation l) {
    this.devEui = l.devEui().toString();
    update(l);
  }

  final void update(DeviceLocation l) {
    latitude = l.latitude();
    longitude = l.longitude();
    altitude = l.altitude();
    accuracy = l.accuracyMetres();
    source = l.source().name();
    gatewayCount = l.gatewayCount();
    updatedAt = l.updatedAt();
  }

  DeviceLocation toDomain() {
    return new DeviceLocation(Eui64.parse(devEui), latitude, longitude, altitude, accuracy,
        LocationSource.valueOf(source), gatewayCount, updatedAt);
  }
}
