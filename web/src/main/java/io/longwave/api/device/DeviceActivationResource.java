package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceActivations;
import io.longwave.lorawan.Eui64;
import io.longwave.session.DeviceSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * A device's activation (ChirpStack v3): {@code POST /activate} (ABP, {@code
 * {"deviceActivation":{"devAddr","appSKey","nwkSEncKey","sNwkSIntKey","fNwkSIntKey","fCntUp",
 * "nFCntDown","aFCntDown"}}}; for LoRaWAN 1.0.x the three network keys are the NwkSKey), {@code
 * GET /activation}, {@code DELETE /activation} (deactivate), {@code DELETE /devnonce} and {@code
 * POST /getRandomDevAddr}.
 */
@Path("devices")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "devices")
public class DeviceActivationResource {


  private static final long MAX_FCNT = 0xffffffffL;

  @Inject CurrentCaller current;
  @Inject DeviceActivations activations;

  @POST
  @Path("{devEUI}/activate")
  @Operation(summary = "Activate a device by personalisation (ABP)")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceActivationRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject activate(@PathParam("devEUI") String devEui, JsonObject body) {
    Eui64 eui = Values.eui64("deviceActivation.devEUI", devEui);
    RequestJson a = RequestJson.of(body).object("deviceActivation");
    if (a.has("devEUI") && !a.eui64("devEUI").equals(eui)) {
      throw ApiException.invalidArgument(
          "deviceActivation.devEUI in the body differs from the path");
    }
    activations.activate(current.policy(), eui,
        a.optionalDevAddr("devAddr").orElseThrow(
            () -> ApiException.invalidArgument("deviceActivation.devAddr is required")),
        a.optionalKey("fNwkSIntKey").orElse(null),
        a.optionalKey("sNwkSIntKey").orElse(null),
        a.optionalKey("nwkSEncKey").orElse(null),
        a.optionalKey("appSKey").orElseThrow(
            () -> ApiException.invalidArgument("deviceActivation.appSKey is required")),
        a.integer("fCntUp", 0, MAX_FCNT), a.integer("nFCntDown", 0, MAX_FCNT),
        a.integer("aFCntDown", 0, MAX_FCNT));
    return ProtoJson.empty();
  }

  @GET
  @Path("{devEUI}/activation")
  @Operation(summary = "The device's current session: address, keys and frame counters")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "DeviceActivationRequest")))
  public JsonObject activation(@PathParam("devEUI") String devEui) {
    Eui64 eui = Values.eui64("devEUI", devEui);
    DeviceSession s = activations.activation(current.policy(), eui);
    return ProtoJson.wrap("deviceActivation", JSON.createObjectBuilder()
        .add("devEUI", eui.toString())
        .add("devAddr", s.devAddr().toString())
        .add("appSKey", s.appSKey().toHex())
        .add("nwkSEncKey", s.nwkSEncKey().toHex())
        .add("sNwkSIntKey", s.sNwkSIntKey().toHex())
        .add("fNwkSIntKey", s.fNwkSIntKey().toHex())
        .add("fCntUp", s.fCntUp())
        .add("nFCntDown", s.nFCntDown())
        .add("aFCntDown", s.aFCntDown())
        .build());
  }

  @DELETE
  @Path("{devEUI}/activation")
  @Operation(summary = "Deactivate the device: its session is removed")
  public JsonObject deactivate(@PathParam("devEUI") String devEui) {
    activations.deactivate(current.policy(), Values.eui64("devEUI", devEui));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{devEUI}/devnonce")
  @Operation(summary = "Forget the DevNonces the device joined with")
  public JsonObject flushDevNonces(@PathParam("devEUI") String devEui) {
    activations.flushDevNonces(current.policy(), Values.eui64("devEUI", devEui));
    return ProtoJson.empty();
  }

  @POST
  @Path("{devEUI}/getRandomDevAddr")
  @Operation(summary = "A random device address under the network's NetID")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "RandomDevAddrResponse")))
  public JsonObject randomDevAddr(@PathParam("devEUI") String devEui) {
    return JSON.createObjectBuilder()
        .add("devAddr", activations.randomDevAddr(current.policy(),
            Values.eui64("devEUI", devEui)).toString())
        .build();
  }
}
