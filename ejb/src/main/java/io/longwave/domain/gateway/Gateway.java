package io.longwave.domain.gateway;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A gateway registered in Longwave: its identity, owner, location, profiles, boards, tags and
 * metadata, and when it was last heard. Tags, metadata and boards are kept as JSON.
 */
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

  @Column(name = "organization_id")
  private Long organizationId;

  @Column(name = "network_server_id")
  private Long networkServerId;

  @Column(name = "gateway_profile_id")
  private UUID gatewayProfileId;

  @Column(name = "service_profile_id")
  private UUID serviceProfileId;

  @Column(name = "discovery_enabled", nullable = false)
  private boolean discoveryEnabled;

  @Column(name = "location_accuracy", nullable = false)
  private int locationAccuracy;

  @Column(nullable = false, length = 4000)
  private String boards = "[]";

  @Column(nullable = false, length = 8000)
  private String tags = "{}";

  @Column(nullable = false, length = 8000)
  private String metadata = "{}";

  /** A {@link RegionId} name, or null for every region. */
  @Column(length = 10)
  private String region;

  protected Gateway() {}

  /** A gateway registered through the API. */
  public Gateway(Eui64 gatewayId, GatewaySettings settings, Instant now) {
    this(gatewayId, settings.name(), now);
    update(settings, now);
  }

  /** Replaces everything an operator sets. */
  public void update(GatewaySettings s, Instant now) {
    this.name = s.name();
    this.description = s.description();
    this.latitude = s.location().latitude();
    this.longitude = s.location().longitude();
    this.altitude = s.location().altitude();
    this.locationSource = s.location().source();
    this.locationAccuracy = s.location().accuracy();
    this.organizationId = s.organizationId();
    this.discoveryEnabled = s.discoveryEnabled();
    this.networkServerId = s.networkServerId();
    this.gatewayProfileId = s.gatewayProfileId();
    this.serviceProfileId = s.serviceProfileId();
    JsonArrayBuilder b = JSON.createArrayBuilder();
    for (GatewayBoard board : s.boards()) {
      b.add(JSON.createObjectBuilder()
          .add("fpgaID", board.fpgaId())
          .add("fineTimestampKey", board.fineTimestampKey()));
    }
    this.boards = b.build().toString();
    this.tags = toJson(s.tags());
    this.metadata = toJson(s.metadata());
    this.region = s.region() == null ? null : s.region().name();
    this.updatedAt = now;
  }

  /** The settings as stored. */
  public GatewaySettings settings() {
    return new GatewaySettings(
        name, description, location(), organizationId == null ? 0 : organizationId,
        discoveryEnabled, networkServerId == null ? 0 : networkServerId, gatewayProfileId,
        serviceProfileId, boards(), tags(), metadata(),
        region == null ? null : RegionId.parse(region));
  }

  public GatewayLocation location() {
    return new GatewayLocation(
        latitude == null ? 0 : latitude,
        longitude == null ? 0 : longitude,
        altitude == null ? 0 : altitude,
        locationSource,
        locationAccuracy);
  }

  public Long organizationId() {
    return organizationId;
  }

  public Long networkServerId() {
    return networkServerId;
  }

  public UUID gatewayProfileId() {
    return gatewayProfileId;
  }

  public List<GatewayBoard> boards() {
    List<GatewayBoard> out = new ArrayList<>();
    try (JsonReader r = JSON.createReader(new StringReader(boards == null ? "[]" : boards))) {
      for (JsonValue v : r.readArray()) {
        JsonObject o = v.asJsonObject();
        out.add(new GatewayBoard(o.getString("fpgaID", ""), o.getString("fineTimestampKey", "")));
      }
    }
    return out;
  }

  public Map<String, String> tags() {
    return fromJson(tags);
  }

  public Map<String, String> metadata() {
    return fromJson(metadata);
  }

  private static String toJson(Map<String, String> map) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    map.forEach(b::add);
    return b.build().toString();
  }

  private static Map<String, String> fromJson(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    try (JsonReader r = JSON.createReader(new StringReader(json == null ? "{}" : json))) {
      r.readObject().forEach((k, v) -> out.put(k,
          v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString()
              : v.toString()));
    }
    return out;
  }

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
