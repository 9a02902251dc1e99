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
import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3 {@code ServiceProfileService} under {@code /api/service-profiles}: global admins
 * write them; members of the owning organization read them.
 */
@Path("service-profiles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "service-profiles", description = "What an organization's devices may do on the network")
public class ServiceProfileResource {

  @Inject CurrentCaller current;
  @Inject ProfileService profiles;

  @GET
  @Operation(summary = "List service profiles (of an organization, a network server, or visible)")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("organizationID") String org, @QueryParam("networkServerID") String ns) {
    Paging p = Paging.of(limit, offset);
    AccessPolicy policy = current.policy();
    Page<ServiceProfile> page = profiles.serviceProfiles(policy,
        Values.optionalId("organizationID", org), Values.optionalId("networkServerID", ns),
        p.limit(), p.offset());
    Map<Long, String> names = new HashMap<>();
    return ProtoJson.list(page.totalCount(), page.items().stream().map(sp ->
        JSON.createObjectBuilder()
            .add("id", sp.id().toString())
            .add("name", sp.name())
            .add("organizationID", ProtoJson.int64(sp.organizationId()))
            .add("networkServerID", ProtoJson.int64(sp.networkServerId()))
            .add("networkServerName", names.computeIfAbsent(sp.networkServerId(),
                id -> profiles.networkServer(policy, id).name()))
            .add("createdAt", ProtoJson.timestamp(sp.createdAt()))
            .add("updatedAt", ProtoJson.timestamp(sp.updatedAt()))
            .build()).toList());
  }

  @POST
  @Operation(summary = "Create a service profile (global admins): {\"serviceProfile\":{...}}")
  public JsonObject create(JsonObject body) {
    ServiceProfile sp = profiles.createServiceProfile(current.policy(),
        settings(RequestJson.of(body).object("serviceProfile")));
    return ProtoJson.createdId(sp.id().toString());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a service profile")
  public JsonObject get(@PathParam("id") String id) {
    ServiceProfile sp = profiles.serviceProfile(current.policy(), Values.uuid("id", id));
    ServiceProfileSettings s = sp.settings();
    return JSON.createObjectBuilder()
        .add("serviceProfile", JSON.createObjectBuilder()
            .add("id", sp.id().toString())
            .add("name", s.name())
            .add("organizationID", ProtoJson.int64(s.organizationId()))
            .add("networkServerID", ProtoJson.int64(s.networkServerId()))
            .add("ulRate", s.ulRate())
            .add("ulBucketSize", s.ulBucketSize())
            .add("ulRatePolicy", s.ulRatePolicy())
            .add("dlRate", s.dlRate())
            .add("dlBucketSize", s.dlBucketSize())
            .add("dlRatePolicy", s.dlRatePolicy())
            .add("addGWMetaData", s.addGwMetaData())
            .add("devStatusReqFreq", s.devStatusReqFreq())
            .add("reportDevStatusBattery", s.reportDevStatusBattery())
            .add("reportDevStatusMargin", s.reportDevStatusMargin())
            .add("drMin", s.drMin())
            .add("drMax", s.drMax())
            .add("channelMask", s.channelMask())
            .add("prAllowed", s.prAllowed())
            .add("hrAllowed", s.hrAllowed())
            .add("raAllowed", s.raAllowed())
            .add("nwkGeoLoc", s.nwkGeoLoc())
            .add("targetPER", s.targetPer())
            .add("minGWDiversity", s.minGwDiversity())
            .add("gwsPrivate", s.gwsPrivate()))
        .add("createdAt", ProtoJson.timestamp(sp.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(sp.updatedAt()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a service profile (global admins)")
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    UUID spId = Values.uuid("serviceProfile.id", id);
    RequestJson sp = RequestJson.of(body).object("serviceProfile");
    if (sp.optionalUuid("id").filter(u -> !u.equals(spId)).isPresent()) {
      throw ApiException.invalidArgument("serviceProfile.id in the body differs from the path");
    }
    profiles.updateServiceProfile(current.policy(), spId, settings(sp));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a service profile (global admins)")
  public JsonObject delete(@PathParam("id") String id) {
    profiles.deleteServiceProfile(current.policy(), Values.uuid("id", id));
    return ProtoJson.empty();
  }

  /** The v3 message; the rate policies as names or protobuf enum numbers (DROP 0, MARK 1). */
  static ServiceProfileSettings settings(RequestJson s) {
    int u = Integer.MAX_VALUE;
    try {
      return new ServiceProfileSettings(s.requiredString("name", 100),
          s.int64("organizationID"), s.int64("networkServerID") == 0 ? 1
              : s.int64("networkServerID"),
          (int) s.integer("ulRate", 0, u), (int) s.integer("ulBucketSize", 0, u),
          ratePolicy(s, "ulRatePolicy"),
          (int) s.integer("dlRate", 0, u), (int) s.integer("dlBucketSize", 0, u),
          ratePolicy(s, "dlRatePolicy"),
          s.bool("addGWMetaData"), (int) s.integer("devStatusReqFreq", 0, u),
          s.bool("reportDevStatusBattery"), s.bool("reportDevStatusMargin"),
          (int) s.integer("drMin", 0, 15), (int) s.integer("drMax", 0, 15),
          s.string("channelMask", 64).strip().toLowerCase(java.util.Locale.ROOT),
          s.bool("prAllowed"), s.bool("hrAllowed"), s.bool("raAllowed"), s.bool("nwkGeoLoc"),
          (int) s.integer("targetPER", 0, 100), (int) s.integer("minGWDiversity", 0, u),
          s.bool("gwsPrivate"));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("serviceProfile: " + e.getMessage());
    }
  }

  private static String ratePolicy(RequestJson s, String field) {
    if (!s.has(field)) {
      return "DROP";
    }
    if (s.json().get(field).getValueType() == jakarta.json.JsonValue.ValueType.NUMBER) {
      return switch ((int) s.integer(field, 0, 1)) {
        case 0 -> "DROP";
        default -> "MARK";
      };
    }
    String v = s.string(field, 10).strip();
    if (!v.equals("DROP") && !v.equals("MARK") && !v.isEmpty()) {
      throw ApiException.invalidArgument(s.name(field) + " must be DROP or MARK, got \""
          + v + "\"");
    }
    return v.isEmpty() ? "DROP" : v;
  }
}
