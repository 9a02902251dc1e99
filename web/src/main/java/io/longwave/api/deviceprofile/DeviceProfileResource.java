package io.longwave.api.deviceprofile;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceProfileService;
import io.longwave.application.management.Page;
import io.longwave.domain.device.StoredDeviceProfile;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ChirpStack v3 {@code DeviceProfileService} under {@code /api/device-profiles}. */
@Path("device-profiles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "device-profiles", description = "Device profiles: what a family of devices supports")
public class DeviceProfileResource {


  @Inject CurrentCaller current;
  @Inject DeviceProfileService profiles;

  @GET
  @Operation(summary = "List the device profiles of an organization or usable by an application")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("organizationID") String organizationId,
      @QueryParam("applicationID") String applicationId) {
    Paging p = Paging.of(limit, offset);
    Page<StoredDeviceProfile> page = profiles.list(current.policy(),
        Values.optionalId("organizationID", organizationId),
        Values.optionalId("applicationID", applicationId), p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream()
        .map(s -> JSON.createObjectBuilder()
            .add("id", s.profile().id().toString())
            .add("name", s.profile().name())
            .add("organizationID", ProtoJson.int64(s.profile().details().organizationId() == null
                ? 0 : s.profile().details().organizationId()))
            .add("networkServerID", ProtoJson.int64(s.profile().details().networkServerId()))
            .add("createdAt", ProtoJson.timestamp(s.createdAt()))
            .add("updatedAt", ProtoJson.timestamp(s.updatedAt()))
            .build())
        .toList());
  }

  @POST
  @Operation(summary = "Create a device profile; answers its id")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceProfileRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "CreatedUUID")))
  public JsonObject create(JsonObject body) {
    RequestJson m = RequestJson.of(body).object("deviceProfile");
    UUID id = profiles.create(current.policy(), DeviceProfileJson.read(UUID.randomUUID(), m));
    return ProtoJson.createdId(id.toString());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a device profile")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "GetDeviceProfileResponse")))
  public JsonObject get(@PathParam("id") String id) {
    StoredDeviceProfile s = profiles.get(current.policy(), Values.uuid("id", id));
    return JSON.createObjectBuilder()
        .add("deviceProfile", DeviceProfileJson.write(s.profile()))
        .add("createdAt", ProtoJson.timestamp(s.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(s.updatedAt()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a device profile; its organization stays")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceProfileRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    UUID profileId = Values.uuid("deviceProfile.id", id);
    RequestJson m = RequestJson.of(body).object("deviceProfile");
    if (m.has("id") && !m.optionalUuid("id").orElseThrow().equals(profileId)) {
      throw ApiException.invalidArgument("deviceProfile.id in the body differs from the path");
    }
    profiles.update(current.policy(), DeviceProfileJson.read(profileId, m));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a device profile no device uses")
  public JsonObject delete(@PathParam("id") String id) {
    profiles.delete(current.policy(), Values.uuid("id", id));
    return ProtoJson.empty();
  }
}
