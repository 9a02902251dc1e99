package io.longwave.api.multicast;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.application.error.ApiException;
import io.longwave.domain.application.Application;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupSummary;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.region.RegionId;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import java.util.UUID;

/**
 * The {@code multicastGroup} message of ChirpStack v3 ({@code multicastGroup.proto}) read into a
 * {@link MulticastGroup} and written back: {@code id}, {@code name}, {@code mcAddr}, {@code
 * mcNwkSKey}, {@code mcAppSKey}, {@code fCnt}, {@code groupType} ({@code CLASS_C}, the default,
 * or {@code CLASS_B}), {@code dr}, {@code frequency} (Hz), {@code pingSlotPeriod} (Class B, in
 * 30 ms slots), {@code serviceProfileID} (the application's) and {@code applicationID}; and
 * Longwave's {@code region}, which v3 takes from the network server and Longwave needs per
 * group.
 */
final class MulticastGroupJson {


  static final int MAX_NAME_LENGTH = 100;

  private MulticastGroupJson() {}

  /** The group of a request's {@code multicastGroup} message, with this id. */
  static MulticastGroup read(UUID id, RequestJson m) {
    String name = m.requiredString("name", MAX_NAME_LENGTH);
    RegionId region = region(m);
    MulticastGroupType type = groupType(m);
    long fCnt = m.integer("fCnt", 0, FrameCounter.MAX);
    int dr = (int) m.integer("dr", 0, 15);
    long frequency = m.integer("frequency", 0, Integer.MAX_VALUE);
    int pingSlotPeriod = (int) m.integer("pingSlotPeriod", 0, MulticastGroup.MAX_PING_SLOT_PERIOD);
    try {
      return new MulticastGroup(id, name, region,
          m.optionalDevAddr("mcAddr").orElseThrow(() -> required(m, "mcAddr")),
          m.optionalKey("mcNwkSKey").orElseThrow(() -> required(m, "mcNwkSKey")),
          m.optionalKey("mcAppSKey").orElseThrow(() -> required(m, "mcAppSKey")),
          fCnt, type, dr, frequency, pingSlotPeriod);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("multicastGroup: " + e.getMessage());
    }
  }

  /** The {@code multicastGroup} message. */
  static JsonObject write(MulticastGroupSummary s, Application app) {
    MulticastGroup g = s.group();
    JsonObjectBuilder b = JSON.createObjectBuilder()
        .add("id", g.id().toString())
        .add("name", g.name())
        .add("mcAddr", g.mcAddr().toString())
        .add("mcNwkSKey", g.mcNwkSKey().toHex())
        .add("mcAppSKey", g.mcAppSKey().toHex())
        .add("fCnt", g.fCnt())
        .add("groupType", g.groupType().name())
        .add("dr", g.dr())
        .add("frequency", g.frequencyHz())
        .add("pingSlotPeriod", g.pingSlotPeriod())
        .add("serviceProfileID", app == null ? "" : app.serviceProfileId().toString())
        .add("applicationID", ProtoJson.int64(s.applicationId() == null ? 0 : s.applicationId()))
        .add("region", g.region().name());
    return b.build();
  }

  /** A list item: {@code id}, {@code name}, the service profile's and application's ids. */
  static JsonObject listItem(MulticastGroupSummary s, Application app) {
    return JSON.createObjectBuilder()
        .add("id", s.group().id().toString())
        .add("name", s.group().name())
        .add("serviceProfileID", app == null ? "" : app.serviceProfileId().toString())
        .add("applicationID", ProtoJson.int64(s.applicationId() == null ? 0 : s.applicationId()))
        .add("applicationName", app == null ? "" : app.name())
        .add("region", s.group().region().name())
        .build();
  }

  private static RegionId region(RequestJson m) {
    String s = m.string("region", 20).strip();
    if (s.isEmpty()) {
      throw ApiException.invalidArgument(m.name("region") + " is required, e.g. EU868 (the"
          + " region of the group's devices)");
    }
    try {
      return RegionId.parse(s);
    } catch (RuntimeException e) {
      throw ApiException.invalidArgument(m.name("region") + ": unknown region " + s);
    }
  }

  private static MulticastGroupType groupType(RequestJson m) {
    String s = m.string("groupType", 20).strip().toUpperCase(Locale.ROOT);
    return switch (s) {
      case "", "CLASS_C" -> MulticastGroupType.CLASS_C;
      case "CLASS_B" -> MulticastGroupType.CLASS_B;
      default -> throw ApiException.invalidArgument(m.name("groupType")
          + " must be CLASS_C or CLASS_B, got \"" + s + "\"");
    };
  }

  private static ApiException required(RequestJson m, String field) {
    return ApiException.invalidArgument(m.name(field) + " is required");
  }
}
