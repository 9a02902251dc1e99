package io.longwave.api.gateway;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.GatewayService;
import io.longwave.application.management.Page;
import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayBoard;
import io.longwave.domain.gateway.GatewayLocation;
import io.longwave.domain.gateway.GatewaySettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.Response;
import io.longwave.api.stream.FrameStreamOutput;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.framelog.FrameLog;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ChirpStack v3 {@code GatewayService} under {@code /api/gateways}. */
@Path("gateways")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "gateways", description = "Gateways, their statistics")
public class GatewayResource {

  @Inject CurrentCaller current;
  @Inject GatewayService gateways;
  @Inject io.longwave.network.NetworkServer networkServer;

  @GET
  @Operation(summary = "List gateways")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("organizationID") String org, @QueryParam("search") String search) {
    Paging p = Paging.of(limit, offset);
    Page<Gateway> page = gateways.list(current.policy(),
        Values.optionalId("organizationID", org), search, p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(g ->
        JSON.createObjectBuilder()
            .add("id", g.gatewayId().toString())
            .add("name", g.name())
            .add("description", g.description())
            .add("createdAt", ProtoJson.timestamp(g.createdAt()))
            .add("updatedAt", ProtoJson.timestamp(g.updatedAt()))
            .add("firstSeenAt", ProtoJson.timestamp(g.firstSeenAt()))
            .add("lastSeenAt", ProtoJson.timestamp(g.lastSeenAt()))
            .add("organizationID", ProtoJson.int64(g.settings().organizationId()))
            .add("networkServerID", ProtoJson.int64(g.settings().networkServerId()))
            .add("location", location(g.location()))
            .build()).toList());
  }

  @POST
  @Operation(summary = "Create a gateway: {\"gateway\":{\"id\":\"<EUI-64>\",...}}")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "GatewayRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject create(JsonObject body) {
    RequestJson g = RequestJson.of(body).object("gateway");
    gateways.create(current.policy(), g.eui64("id"), settings(g));
    return ProtoJson.empty();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a gateway")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "GetGatewayResponse")))
  public JsonObject get(@PathParam("id") String id) {
    Gateway g = gateways.get(current.policy(), Values.eui64("id", id));
    GatewaySettings s = g.settings();
    JsonObjectBuilder gw = JSON.createObjectBuilder()
        .add("id", g.gatewayId().toString())
        .add("name", s.name())
        .add("description", s.description())
        .add("location", location(s.location()))
        .add("organizationID", ProtoJson.int64(s.organizationId()))
        .add("discoveryEnabled", s.discoveryEnabled())
        .add("networkServerID", ProtoJson.int64(s.networkServerId()))
        .add("gatewayProfileID", s.gatewayProfileId() == null ? "" : s.gatewayProfileId().toString())
        .add("boards", boards(s.boards()))
        .add("tags", ProtoJson.stringMap(s.tags()))
        .add("metadata", ProtoJson.stringMap(s.metadata()))
        .add("serviceProfileID", s.serviceProfileId() == null ? "" : s.serviceProfileId().toString())
        .add("region", s.region() == null ? "" : s.region().commonName());
    return JSON.createObjectBuilder()
        .add("gateway", gw)
        .add("createdAt", ProtoJson.timestamp(g.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(g.updatedAt()))
        .add("firstSeenAt", ProtoJson.timestamp(g.firstSeenAt()))
        .add("lastSeenAt", ProtoJson.timestamp(g.lastSeenAt()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a gateway")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "GatewayRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    Eui64 gatewayId = Values.eui64("gateway.id", id);
    RequestJson g = RequestJson.of(body).object("gateway");
    if (g.has("id") && !g.eui64("id").equals(gatewayId)) {
      throw ApiException.invalidArgument("gateway.id in the body differs from the path");
    }
    gateways.update(current.policy(), gatewayId, settings(g));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a gateway")
  public JsonObject delete(@PathParam("id") String id) {
    gateways.delete(current.policy(), Values.eui64("id", id));
    return ProtoJson.empty();
  }

  @GET
  @Path("{id}/stats")
  @Operation(summary = "Statistics per interval (MINUTE, HOUR, DAY, MONTH) between two times")
  public JsonObject stats(@PathParam("id") String id, @QueryParam("interval") String interval,
      @QueryParam("startTimestamp") String start, @QueryParam("endTimestamp") String end) {
    StatsInterval unit = StatsInterval.parse(interval);
    Instant from = instant("startTimestamp", start);
    Instant to = instant("endTimestamp", end);
    if (!from.isBefore(to)) {
      throw ApiException.invalidArgument("startTimestamp must be before endTimestamp");
    }
    var records = gateways.stats(current.policy(), Values.eui64("gateway_id", id), from, to);
    JsonArrayBuilder result = JSON.createArrayBuilder();
    GatewayStatsAggregation.aggregate(records, unit, from, to).forEach(result::add);
    return JSON.createObjectBuilder().add("result", result).build();
  }

  @GET
  @Path("{id}/pings/last")
  @Operation(summary = "The last discovery ping; Longwave sends none, so there is never one")
  public JsonObject lastPing(@PathParam("id") String id) {
    gateways.get(current.policy(), Values.eui64("gateway_id", id));
    throw ApiException.notFound("object does not exist");
  }

  @GET
  @Path("{id}/frames")
  @Operation(summary = "The gateway's frames, live: newline-delimited {\"result\":{...}}, recent "
      + "ones first; also a WebSocket at the same path (subprotocols Bearer, <token>)")
  public Response frames(@PathParam("id") String id) {
    Eui64 gatewayId = Values.eui64("gateway_id", id);
    gateways.get(current.policy(), gatewayId);
    FrameLog log = networkServer.frameLog();
    GatewayId gw = new GatewayId(gatewayId.value());
    return Response.ok(new FrameStreamOutput(l -> log.subscribeGateway(gw, l),
            () -> log.gatewayFrames(gw, Integer.MAX_VALUE)), MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .build();
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalidArgument(name + " is required (RFC 3339)");
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(value.strip()).toInstant();
      } catch (DateTimeParseException e2) {
        throw ApiException.invalidArgument(name + " must be an RFC 3339 time");
      }
    }
  }

  static GatewaySettings settings(RequestJson g) {
    String name = g.requiredString("name", 100);
    if (!name.matches("^[\\w-]+$")) {
      throw ApiException.invalidArgument(
          "gateway.name must be letters, digits, '_' or '-' only, got '" + name + "'");
    }
    GatewayLocation location = GatewayLocation.UNKNOWN;
    var l = g.optionalObject("location");
    if (l.isPresent()) {
      try {
        location = new GatewayLocation(l.get().float64("latitude"), l.get().float64("longitude"),
            l.get().float64("altitude"), l.get().string("source", 24),
            l.get().int32("accuracy"));
      } catch (IllegalArgumentException e) {
        throw ApiException.invalidArgument("gateway.location: " + e.getMessage());
      }
    }
    List<GatewayBoard> boards = new ArrayList<>();
    for (RequestJson b : g.objects("boards")) {
      boards.add(new GatewayBoard(
          b.optionalEui64("fpgaID").map(Eui64::toString).orElse(""),
          b.optionalKey("fineTimestampKey").map(k -> k.toHex()).orElse("")));
    }
    long ns = g.int64("networkServerID");
    return new GatewaySettings(name, g.string("description", 500), location,
        organization(g),
        g.bool("discoveryEnabled"), ns == 0 ? 1 : ns,
        g.optionalUuid("gatewayProfileID").orElse(null),
        g.optionalUuid("serviceProfileID").orElse(null),
        boards, g.stringMap("tags", 100, 255), g.stringMap("metadata", 100, 255),
        region(g));
  }

  /** Longwave's addition: the one region a gateway serves, absent or empty for all. */
  private static RegionId region(RequestJson g) {
    String region = g.string("region", 20);
    if (region.isBlank()) {
      return null;
    }
    try {
      return RegionId.parse(region.strip());
    } catch (RuntimeException e) {
      throw ApiException.invalidArgument("gateway.region: unknown region '" + region
          + "' (e.g. EU868, US915, AS923-2)");
    }
  }

  private static long organization(RequestJson g) {
    long org = g.int64("organizationID");
    if (org <= 0) {
      throw ApiException.invalidArgument("gateway.organizationID is required");
    }
    return org;
  }

  private static JsonObject location(GatewayLocation l) {
    return JSON.createObjectBuilder()
        .add("latitude", l.latitude())
        .add("longitude", l.longitude())
        .add("altitude", l.altitude())
        .add("source", l.source())
        .add("accuracy", l.accuracy())
        .build();
  }

  private static JsonArrayBuilder boards(List<GatewayBoard> boards) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    boards.forEach(b -> a.add(JSON.createObjectBuilder()
        .add("fpgaID", b.fpgaId()).add("fineTimestampKey", b.fineTimestampKey())));
    return a;
  }
}
