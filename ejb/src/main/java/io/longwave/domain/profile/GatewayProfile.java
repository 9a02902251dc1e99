package io.longwave.domain.profile;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A gateway profile (ChirpStack v3): the region channels a gateway enables, extra channels, and
 * how often it reports statistics. Managed by global admins.
 */
@Entity
@Table(name = "gateway_profile")
public class GatewayProfile {

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(name = "network_server_id", nullable = false)
  private long networkServerId;

  @Column(nullable = false, length = 200)
  private String channels = "";

  @Column(name = "extra_channels", nullable = false, length = 8000)
  private String extraChannels = "[]";

  @Column(name = "stats_interval", nullable = false)
  private int statsInterval;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected GatewayProfile() {}

  public GatewayProfile(
      String name, long networkServerId, List<Integer> channels, List<ExtraChannel> extra,
      int statsIntervalSeconds, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    update(name, networkServerId, channels, extra, statsIntervalSeconds, now);
  }

  public void update(
      String newName, long newNetworkServerId, List<Integer> newChannels,
      List<ExtraChannel> extra, int statsIntervalSeconds, Instant now) {
    if (newName == null || newName.isBlank() || newName.length() > 100) {
      throw new IllegalArgumentException("name must be 1 to 100 characters");
    }
    if (statsIntervalSeconds < 0) {
      throw new IllegalArgumentException("statsInterval must not be negative");
    }
    for (int c : newChannels) {
      if (c < 0 || c > 95) {
        throw new IllegalArgumentException("channels must be channel indexes 0..95");
      }
    }
    this.name = newName;
    this.networkServerId = newNetworkServerId;
    this.channels = newChannels.stream().map(String::valueOf).collect(Collectors.joining(","));
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (ExtraChannel e : extra) {
      JsonArrayBuilder sf = JSON.createArrayBuilder();
      e.spreadingFactors().forEach(sf::add);
      a.add(JSON.createObjectBuilder()
          .add("modulation", e.modulation())
          .add("frequency", e.frequency())
          .add("bandwidth", e.bandwidth())
          .add("bitrate", e.bitrate())
          .add("spreadingFactors", sf));
    }
    String json = a.build().toString();
    if (json.length() > 8000) {
      throw new IllegalArgumentException("too many extra channels");
    }
    this.extraChannels = json;
    this.statsInterval = statsIntervalSeconds;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public long networkServerId() {
    return networkServerId;
  }

  public List<Integer> channels() {
    return channels == null || channels.isBlank()
        ? List.of()
        : Arrays.stream(channels.split(",")).map(String::strip).map(Integer::valueOf).toList();
  }

  public List<ExtraChannel> extraChannels() {
    List<ExtraChannel> out = new ArrayList<>();
    try (JsonReader r = JSON.createReader(new StringReader(extraChannels))) {
      for (JsonValue v : r.readArray()) {
        JsonObject o = v.asJsonObject();
        out.add(new ExtraChannel(
            o.getString("modulation"),
            o.getJsonNumber("frequency").longValue(),
            o.getInt("bandwidth", 0),
            o.getInt("bitrate", 0),
            o.getJsonArray("spreadingFactors").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::intValue).toList()));
      }
    }
    return out;
  }

  /** Seconds between the gateway's statistics reports. */
  public int statsInterval() {
    return statsInterval;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
