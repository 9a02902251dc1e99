package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceQueues;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A device's downlink queue (ChirpStack v3 {@code DeviceQueueService}) under {@code
 * /api/devices/{devEUI}/queue}: {@code GET} (with {@code countOnly}), {@code POST} {@code
 * {"deviceQueueItem":{"confirmed","fPort","data":"<base64>"}}} or with {@code "jsonObject":"<JSON
 * text>"} for the profile's codec, answering {@code {"fCnt":N}}, and {@code DELETE} (flush).
 */
@Path("devices/{devEUI}/queue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "devices")
public class DeviceQueueResource {


  /** The longest {@code jsonObject} text accepted. */
  static final int MAX_JSON_OBJECT_LENGTH = 4096;

  @Inject CurrentCaller current;
  @Inject DeviceQueues queues;

  @GET
  @Operation(summary = "The device's queue, or with countOnly=true only its length")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "DeviceQueueResponse")))
  public JsonObject list(@PathParam("devEUI") String devEui,
      @QueryParam("countOnly") String countOnly) {
    Eui64 eui = Values.eui64("devEUI", devEui);
    List<DeviceQueueItem> items = queues.list(current.policy(), eui);
    JsonArrayBuilder a = JSON.createArrayBuilder();
    if (!Values.flag("countOnly", countOnly)) {
      for (DeviceQueueItem i : items) {
        a.add(JSON.createObjectBuilder()
            .add("devEUI", eui.toString())
            .add("confirmed", i.confirmed())
            .add("fCnt", Math.max(0, i.fCntDown()))
            .add("fPort", i.fPort())
            .add("data", Base64.getEncoder().encodeToString(i.data()))
            .add("jsonObject", ""));
      }
    }
    return JSON.createObjectBuilder()
        .add("deviceQueueItems", a)
        .add("totalCount", items.size())
        .build();
  }

  @POST
  @Operation(summary = "Enqueue a downlink; answers the frame counter it was given")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "DeviceQueueItemRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "EnqueueResponse")))
  public JsonObject enqueue(@PathParam("devEUI") String devEui, JsonObject body) {
    Eui64 eui = Values.eui64("deviceQueueItem.devEUI", devEui);
    RequestJson q = RequestJson.of(body).object("deviceQueueItem");
    if (q.has("devEUI") && !q.eui64("devEUI").equals(eui)) {
      throw ApiException.invalidArgument("deviceQueueItem.devEUI in the body differs from the"
          + " path");
    }
    int fPort = (int) q.integer("fPort", 0, 255);
    byte[] data = null;
    if (q.has("data")) {
      try {
        data = Base64.getDecoder().decode(q.string("data").strip());
      } catch (IllegalArgumentException e) {
        throw ApiException.invalidArgument("deviceQueueItem.data must be base64");
      }
    }
    JsonObject object = null;
    String json = q.string("jsonObject", MAX_JSON_OBJECT_LENGTH).strip();
    if (!json.isEmpty()) {
      object = jsonObject(json);
      if (data != null && data.length == 0) {
        data = null;
      }
    }
    long fCnt = queues.enqueue(current.policy(), eui, q.bool("confirmed"), fPort, data, object);
    return JSON.createObjectBuilder().add("fCnt", fCnt).build();
  }

  @DELETE
  @Operation(summary = "Flush the device's queue")
  public JsonObject flush(@PathParam("devEUI") String devEui) {
    queues.flush(current.policy(), Values.eui64("devEUI", devEui));
    return JsonValue.EMPTY_JSON_OBJECT;
  }

  private static JsonObject jsonObject(String text) {
    try (JsonReader r = JSON.createReader(new StringReader(text))) {
      return r.readObject();
    } catch (JsonException | ClassCastException e) {
      throw ApiException.invalidArgument("deviceQueueItem.jsonObject must be the text of a JSON"
          + " object, e.g. \"{\\\"led\\\":true}\"");
    }
  }
}
