package io.longwave.api.internal;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.management.DashboardQueries.SearchHit;
import io.longwave.application.management.DashboardService;
import io.longwave.application.management.DashboardService.DevicesSummary;
import io.longwave.application.management.DashboardService.GatewaysSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The console's global search and dashboard summaries (v3 {@code InternalService}): {@code
 * /api/internal/search}, {@code /api/internal/devices/summary}, {@code
 * /api/internal/gateways/summary}, each limited to what the caller may see.
 */
@Path("internal")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "internal")
public class DashboardResource {

  @Inject CurrentCaller current;
  @Inject DashboardService dashboard;

  @GET
  @Path("search")
  @Operation(summary = "Search organizations, applications, devices and gateways by name or EUI")
  public JsonObject search(@QueryParam("search") String search,
      @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging p = Paging.of(limit, offset);
    JsonArrayBuilder result = JSON.createArrayBuilder();
    for (DashboardService.ScoredHit s : dashboard.search(current.policy(), search, p.limit(),
        p.offset())) {
      SearchHit h = s.hit();
      result.add(JSON.createObjectBuilder()
          .add("kind", h.kind())
          .add("score", s.score())
          .add("organizationID", ProtoJson.int64(h.organizationId() == null ? 0
              : h.organizationId()))
          .add("organizationName", text(h.organizationName()))
          .add("applicationID", ProtoJson.int64(h.applicationId() == null ? 0
              : h.applicationId()))
          .add("applicationName", text(h.applicationName()))
          .add("deviceDevEUI", text(h.devEui()))
          .add("deviceName", text(h.deviceName()))
          .add("gatewayMAC", text(h.gatewayId()))
          .add("gatewayName", text(h.gatewayName())));
    }
    return JSON.createObjectBuilder().add("result", result).build();
  }

  @GET
  @Path("devices/summary")
  @Operation(summary = "Active, inactive and never-seen devices, and devices per data rate")
  public JsonObject devices(@QueryParam("organizationID") String org) {
    DevicesSummary s = dashboard.devices(current.policy(),
        Values.optionalId("organizationID", org));
    JsonObjectBuilder dr = JSON.createObjectBuilder();
    s.drCount().forEach((k, v) -> dr.add(Integer.toString(k), v));
    return JSON.createObjectBuilder()
        .add("activeCount", s.activeCount())
        .add("inactiveCount", s.inactiveCount())
        .add("drCount", dr)
        .add("neverSeenCount", s.neverSeenCount())
        .build();
  }

  @GET
  @Path("gateways/summary")
  @Operation(summary = "Online, offline and never-seen gateways")
  public JsonObject gateways(@QueryParam("organizationID") String org) {
    GatewaysSummary s = dashboard.gateways(current.policy(),
        Values.optionalId("organizationID", org));
    return JSON.createObjectBuilder()
        .add("onlineCount", s.onlineCount())
        .add("offlineCount", s.offlineCount())
        .add("neverSeenCount", s.neverSeenCount())
        .build();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
