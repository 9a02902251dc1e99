package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceService;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A device's root keys under {@code /api/devices/{devEUI}/keys}: {@code
 * {"deviceKeys":{"nwkKey","appKey","genAppKey"}}}. As in ChirpStack v3, a LoRaWAN 1.0.x device's
 * AppKey goes in {@code nwkKey}; {@code appKey} is the AppKey of a 1.1 device. Longwave has no
 * multicast set-up, so {@code genAppKey} is not kept: an empty or all-zero one is accepted and
 * answered as {@code ""}, any other refused.
 */
@Path("devices/{devEUI}/keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "devices")
public class DeviceKeysResource {


  private static final Aes128Key ZERO = Aes128Key.of(new byte[16]);

  @Inject CurrentCaller current;
  @Inject DeviceService devices;

  @POST
  @Operation(summary = "Set a device's root keys")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceKeysRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject create(@PathParam("devEUI") String devEui, JsonObject body) {
    Eui64 eui = Values.eui64("deviceKeys.devEUI", devEui);
    devices.createKeys(current.policy(), eui, keys(eui, body));
    return ProtoJson.empty();
  }

  @PUT
  @Operation(summary = "Replace a device's root keys")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceKeysRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject update(@PathParam("devEUI") String devEui, JsonObject body) {
    Eui64 eui = Values.eui64("deviceKeys.devEUI", devEui);
    devices.updateKeys(current.policy(), eui, keys(eui, body));
    return ProtoJson.empty();
  }

  @GET
  @Operation(summary = "Get a device's root keys")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "DeviceKeysRequest")))
  public JsonObject get(@PathParam("devEUI") String devEui) {
    DeviceKeys k = devices.getKeys(current.policy(), Values.eui64("devEUI", devEui));
    return ProtoJson.wrap("deviceKeys", JSON.createObjectBuilder()
        .add("nwkKey", k.nwkKey().toHex())
        .add("appKey", k.appKey() == null ? "" : k.appKey().toHex())
        .add("genAppKey", "")
        .build());
  }

  @DELETE
  @Operation(summary = "Remove a device's root keys")
  public JsonObject delete(@PathParam("devEUI") String devEui) {
    devices.deleteKeys(current.policy(), Values.eui64("devEUI", devEui));
    return ProtoJson.empty();
  }

  static DeviceKeys keys(Eui64 devEui, JsonObject body) {
    RequestJson k = RequestJson.of(body).object("deviceKeys");
    if (k.has("devEUI") && !k.eui64("devEUI").equals(devEui)) {
      throw ApiException.invalidArgument("deviceKeys.devEUI in the body differs from the path");
    }
    k.optionalKey("genAppKey").filter(g -> !g.equals(ZERO)).ifPresent(g -> {
      throw ApiException.invalidArgument("deviceKeys.genAppKey is not supported (no multicast"
          + " set-up); leave it empty");
    });
    Aes128Key nwkKey = k.optionalKey("nwkKey").orElseThrow(() -> ApiException.invalidArgument(
        "deviceKeys.nwkKey is required (for LoRaWAN 1.0.x: the AppKey)"));
    return new DeviceKeys(nwkKey, k.optionalKey("appKey").orElse(null));
  }
}
