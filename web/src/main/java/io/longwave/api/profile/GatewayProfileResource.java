package io.longwave.api.profile;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.Page;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.profile.ExtraChannel;
import io.longwave.domain.profile.GatewayProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3 {@code GatewayProfileService} under {@code /api/gateway-profiles}: the channels a
 * gateway is configured with, written by global admins and read by every signed-in caller.
 */
@Path("gateway-profiles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "gateway-profiles", description = "Channel plans of gateways")
public class GatewayProfileResource {

  /** The longest statistics interval accepted, one day. */
  static final Duration MAX_STATS_INTERVAL = Duration.ofDays(1);

  @Inject CurrentCaller current;
  @Inject ProfileService profiles;

  /** What create and update read from {@code gatewayProfile}. */
  record Body(String name, long networkServerId, List<Integer> channels, List<ExtraChannel> extra,
      int statsIntervalSeconds) {}

  @GET
  @Operation(summary = "List gateway profiles, optionally of one network server")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("networkServerID") String ns) {
    Paging p = Paging.of(limit, offset);
    AccessPolicy policy = current.policy();
    Page<GatewayProfile> page = profiles.gatewayProfiles(policy,
        Values.optionalId("networkServerID", ns), p.limit(), p.offset());
    Map<Long, String> names = new HashMap<>();
    return ProtoJson.list(page.totalCount(), page.items().stream().map(gp ->
        JSON.createObjectBuilder()
            .add("id", gp.id().toString())
            .add("name", gp.name())
            .add("networkServerID", ProtoJson.int64(gp.networkServerId()))
            .add("networkServerName", names.computeIfAbsent(gp.networkServerId(),
                id -> profiles.networkServer(policy, id).name()))
            .add("createdAt", ProtoJson.timestamp(gp.createdAt()))
            .add("updatedAt", ProtoJson.timestamp(gp.updatedAt()))
            .build()).toList());
  }

  @POST
  @Operation(summary = "Create a gateway profile (global admins): {\"gatewayProfile\":{...}}")
  public JsonObject create(JsonObject body) {
    Body b = body(RequestJson.of(body).object("gatewayProfile"));
    GatewayProfile gp = profiles.createGatewayProfile(current.policy(), b.name(),
        b.networkServerId(), b.channels(), b.extra(), b.statsIntervalSeconds());
    return ProtoJson.createdId(gp.id().toString());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a gateway profile")
  public JsonObject get(@PathParam("id") String id) {
    GatewayProfile gp = profiles.gatewayProfile(current.policy(), Values.uuid("id", id));
    JsonArrayBuilder channels = JSON.createArrayBuilder();
    gp.channels().forEach(channels::add);
    JsonArrayBuilder extra = JSON.createArrayBuilder();
    for (ExtraChannel e : gp.extraChannels()) {
      JsonArrayBuilder sf = JSON.createArrayBuilder();
      e.spreadingFactors().forEach(sf::add);
      extra.add(JSON.createObjectBuilder()
          .add("modulation", e.modulation())
          .add("frequency", e.frequency())
          .add("bandwidth", e.bandwidth())
          .add("bitrate", e.bitrate())
          .add("spreadingFactors", sf));
    }
    return JSON.createObjectBuilder()
        .add("gatewayProfile", JSON.createObjectBuilder()
            .add("id", gp.id().toString())
            .add("name", gp.name())
            .add("networkServerID", ProtoJson.int64(gp.networkServerId()))
            .add("channels", channels)
            .add("extraChannels", extra)
            .add("statsInterval", ProtoJson.duration(Duration.ofSeconds(gp.statsInterval()))))
        .add("createdAt", ProtoJson.timestamp(gp.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(gp.updatedAt()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a gateway profile (global admins)")
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    UUID gpId = Values.uuid("gatewayProfile.id", id);
    RequestJson g = RequestJson.of(body).object("gatewayProfile");
    if (g.optionalUuid("id").filter(u -> !u.equals(gpId)).isPresent()) {
      throw ApiException.invalidArgument("gatewayProfile.id in the body differs from the path");
    }
    Body b = body(g);
    profiles.updateGatewayProfile(current.policy(), gpId, b.name(), b.networkServerId(),
        b.channels(), b.extra(), b.statsIntervalSeconds());
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a gateway profile (global admins)")
  public JsonObject delete(@PathParam("id") String id) {
    profiles.deleteGatewayProfile(current.policy(), Values.uuid("id", id));
    return ProtoJson.empty();
  }

  static Body body(RequestJson g) {
    List<ExtraChannel> extra = new ArrayList<>();
    for (RequestJson e : g.objects("extraChannels")) {
      String modulation = e.has("modulation") ? e.string("modulation", 10).strip() : "LORA";
      try {
        extra.add(new ExtraChannel(modulation.isEmpty() ? "LORA" : modulation,
            e.integer("frequency", 0, 10_000_000_000L),
            (int) e.integer("bandwidth", 0, 1_000_000), (int) e.integer("bitrate", 0, 1_000_000),
            e.integers("spreadingFactors", 0, 255)));
      } catch (IllegalArgumentException ex) {
        throw ApiException.invalidArgument(g.name("extraChannels") + ": " + ex.getMessage());
      }
    }
    Duration interval = g.duration("statsInterval");
    if (interval.compareTo(MAX_STATS_INTERVAL) > 0) {
      throw ApiException.invalidArgument(g.name("statsInterval") + " must be at most one day");
    }
    long ns = g.int64("networkServerID");
    return new Body(g.requiredString("name", 100), ns == 0 ? 1 : ns,
        g.integers("channels", 0, 95), extra, (int) interval.toSeconds());
  }
}
