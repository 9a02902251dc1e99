package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.Page;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceSummary;
import io.longwave.framelog.DeviceState;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3 {@code DeviceService} create, read, update, delete and list under {@code
 * /api/devices}. The get answer carries the last-seen time and DevStatusAns values the network
 * server knows (its session and last uplink), else those stored with the device, and the last
 * location the geolocation service resolved ({@code null} when never located). The other
 * resources under {@code devices/{devEUI}/...} without a literal segment of their own (activation,
 * streams) share this class's root path {@code devices}: JAX-RS picks one root resource by its
 * path before looking at methods, so a root {@code devices/{devEUI}} would hide {@link #get}.
 */
@Path("devices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "devices", description = "Devices, their keys, activation, queue and statistics")
public class DeviceResource {


  @Inject CurrentCaller current;
  @Inject DeviceService devices;
  @Inject NetworkReadModels network;

  @GET
  @Operation(summary = "List devices of an application (global admins: of any)")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("applicationID") String applicationId, @QueryParam("search") String search,
      @QueryParam("serviceProfileID") String serviceProfileId,
      @QueryParam("multicastGroupID") String multicastGroupId) {
    if (multicastGroupId != null && !multicastGroupId.isBlank()) {
      throw ApiException.invalidArgument("multicast groups are not supported");
    }
    Paging p = Paging.of(limit, offset);
    DeviceFilter filter = new DeviceFilter(Values.optionalId("applicationID", applicationId),
        null, serviceProfileId == null || serviceProfileId.isBlank() ? null
            : Values.uuid("serviceProfileID", serviceProfileId),
        search);
    Page<DeviceSummary> page = devices.list(current.policy(), filter, p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(s -> {
      JsonObjectBuilder b = JSON.createObjectBuilder()
          .add("devEUI", s.device().devEui().toString())
          .add("name", s.device().name())
          .add("applicationID", ProtoJson.int64(s.device().applicationId()))
          .add("description", s.device().details().description())
          .add("deviceProfileID", s.device().deviceProfileId().toString())
          .add("deviceProfileName", s.deviceProfileName());
      DeviceJson.status(b, s.device().status());
      return (JsonValue) b.add("lastSeenAt", ProtoJson.timestamp(s.lastSeenAt())).build();
    }).toList());
  }

  @POST
  @Operation(summary = "Create a device: {\"device\":{\"devEUI\":\"<EUI-64>\",...}}")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject create(JsonObject body) {
    RequestJson d = RequestJson.of(body).object("device");
    devices.create(current.policy(), DeviceJson.read(d.eui64("devEUI"), d));
    return ProtoJson.empty();
  }

  @GET
  @Path("{devEUI}")
  @Operation(summary = "Get a device with its last-seen time, device status and last location")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "GetDeviceResponse")))
  public JsonObject get(@PathParam("devEUI") String devEui) {
    Eui64 eui = Values.eui64("devEUI", devEui);
    DeviceSummary s = devices.get(current.policy(), eui);
    DeviceState state = network.deviceState(eui).orElse(null);
    Instant lastSeen = state != null && state.lastSeenAt() != null ? state.lastSeenAt()
        : s.lastSeenAt();
    Integer battery = state != null && state.battery() != null ? state.battery()
        : s.device().status().battery();
    Integer margin = state != null && state.margin() != null ? state.margin()
        : s.device().status().margin();
    return JSON.createObjectBuilder()
        .add("device", DeviceJson.write(s.device()))
        .add("lastSeenAt", ProtoJson.timestamp(lastSeen))
        .add("deviceStatusBattery", DeviceJson.battery(battery))
        .add("deviceStatusMargin", DeviceJson.margin(margin))
        .add("location", network.deviceLocation(eui).<JsonValue>map(DeviceJson::location)
            .orElse(JsonValue.NULL))
        .build();
  }

  @PUT
  @Path("{devEUI}")
  @Operation(summary = "Update a device; keys, activation and application stay")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject update(@PathParam("devEUI") String devEui, JsonObject body) {
    Eui64 eui = Values.eui64("device.devEUI", devEui);
    RequestJson d = RequestJson.of(body).object("device");
    if (d.has("devEUI") && !d.eui64("devEUI").equals(eui)) {
      throw ApiException.invalidArgument("device.devEUI in the body differs from the path");
    }
    devices.update(current.policy(), DeviceJson.read(eui, d));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{devEUI}")
  @Operation(summary = "Delete a device with its keys, activation and queue")
  public JsonObject delete(@PathParam("devEUI") String devEui) {
    devices.delete(current.policy(), Values.eui64("devEUI", devEui));
    return ProtoJson.empty();
  }
}
