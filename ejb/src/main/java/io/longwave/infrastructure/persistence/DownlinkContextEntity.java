package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkCounter;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code downlink_context}: a {@link DownlinkContext} with its expiry, the frame items
 * as a JSON array ({@code fCnt}, {@code counter}, {@code queueItemId}, {@code confirmed}; empty
 * for a join-accept). The row has an id of its own: downlink ids may repeat.
 */
@Entity
@Table(name = "downlink_context")
public class DownlinkContextEntity {


  @Id private UUID id;

  @Column(name = "downlink_id", nullable = false)
  private long downlinkId;

  @Column(name = "dev_eui", length = 16)
  private String devEui;

  @Column(name = "multicast_group_id")
  private UUID multicastGroupId;

  @Column(nullable = false, length = 4000)
  private String items;

  @Column(nullable = false)
  private boolean ack;

  @Column(name = "join_accept", nullable = false)
  private boolean joinAccept;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "emit_at")
  private Instant emitAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected DownlinkContextEntity() {}

  DownlinkContextEntity(DownlinkContext c, Instant expiresAt) {
    id = UUID.randomUUID();
    downlinkId = c.downlinkId();
    devEui = c.devEui() == null ? null : c.devEui().toString();
    multicastGroupId = c.multicastGroupId();
    items = write(c.items());
    ack = c.ack();
    joinAccept = c.joinAccept();
    createdAt = c.createdAt();
    emitAt = c.emitAt();
    this.expiresAt = expiresAt;
  }

  DownlinkContext toDomain() {
    return new DownlinkContext(downlinkId, devEui == null ? null : Eui64.parse(devEui),
        read(items), ack, createdAt, emitAt, multicastGroupId, joinAccept);
  }

  private static String write(List<DownlinkContext.Item> items) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (DownlinkContext.Item i : items) {
      JsonObjectBuilder o = JSON.createObjectBuilder()
          .add("fCnt", i.fCnt())
          .add("counter", i.counter().name())
          .add("confirmed", i.confirmed());
      if (i.queueItemId() != null) {
        o.add("queueItemId", i.queueItemId().toString());
      }
      a.add(o);
    }
    return a.build().toString();
  }

  private static List<DownlinkContext.Item> read(String json) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonArray a = reader.readArray();
      List<DownlinkContext.Item> items = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        JsonObject o = a.getJsonObject(i);
        String queueItem = o.getString("queueItemId", null);
        items.add(new DownlinkContext.Item(o.getJsonNumber("fCnt").longValueExact(),
            DownlinkCounter.valueOf(o.getString("counter")),
            queueItem == null ? null : UUID.fromString(queueItem),
            o.getBoolean("confirmed", false)));
      }
      return items;
    }
  }
}
