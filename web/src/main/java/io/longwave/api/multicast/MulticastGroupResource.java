package io.longwave.api.multicast;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.MulticastGroups;
import io.longwave.application.management.Page;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupSummary;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3 {@code MulticastGroupService} under {@code /api/multicast-groups}: list
 * (filters {@code organizationID}, {@code applicationID}, {@code devEUI}, {@code search}),
 * create in an application, get, update, delete; {@code POST .../devices} {@code
 * {"devEUI":...}} and {@code DELETE .../devices/{devEUI}}; {@code GET}, {@code POST} {@code
 * {"multicastQueueItem":{"fPort","data":"<base64>"}}} (answering {@code {"fCnt":N}}) and
 * {@code DELETE .../queue}. The queue is shown one item per frame, however many gateways send
 * it.
 */
@Path("multicast-groups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "multicast-groups", description = "Multicast groups, their devices and queue")
public class MulticastGroupResource {


  @Inject CurrentCaller current;
  @Inject MulticastGroups groups;

  @GET
  @Operation(summary = "List multicast groups of an organization, application or device")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("organizationID") String organizationId,
      @QueryParam("applicationID") String applicationId, @QueryParam("devEUI") String devEui,
      @QueryParam("serviceProfileID") String serviceProfileId,
      @QueryParam("search") String search) {
    if (serviceProfileId != null && !serviceProfileId.isBlank()) {
      throw ApiException.invalidArgument("multicast groups are listed by applicationID or"
          + " organizationID, not by serviceProfileID");
    }
    Paging p = Paging.of(limit, offset);
    MulticastGroupFilter filter = new MulticastGroupFilter(
        Values.optionalId("applicationID", applicationId),
        Values.optionalId("organizationID", organizationId),
        devEui == null || devEui.isBlank() ? null : Values.eui64("devEUI", devEui), search);
    Page<MulticastGroupSummary> page =
        groups.list(current.policy(), filter, p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream()
        .map(s -> (JsonValue) MulticastGroupJson.listItem(s, groups.applicationOf(s)))
        .toList());
  }

  @POST
  @Operation(summary = "Create a multicast group: {\"multicastGroup\":{\"applicationID\",...}}")
  public JsonObject create(JsonObject body) {
    RequestJson m = RequestJson.of(body).object("multicastGroup");
    long app = m.int64("applicationID");
    if (app <= 0) {
      throw ApiException.invalidArgument("multicastGroup.applicationID is required");
    }
    UUID id = m.optionalUuid("id").orElseGet(UUID::randomUUID);
    return ProtoJson.createdId(
        groups.create(current.policy(), app, MulticastGroupJson.read(id, m)).toString());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a multicast group")
  public JsonObject get(@PathParam("id") String id) {
    MulticastGroupSummary s = groups.get(current.policy(), Values.uuid("id", id));
    return JSON.createObjectBuilder()
        .add("multicastGroup", MulticastGroupJson.write(s, groups.applicationOf(s)))
        .add("createdAt", ProtoJson.timestamp(s.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(s.updatedAt()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a multicast group; it stays in its application")
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    UUID uuid = Values.uuid("multicastGroup.id", id);
    RequestJson m = RequestJson.of(body).object("multicastGroup");
    if (m.optionalUuid("id").filter(u -> !u.equals(uuid)).isPresent()) {
      throw ApiException.invalidArgument("multicastGroup.id in the body differs from the path");
    }
    long app = m.int64("applicationID");
    groups.update(current.policy(), app > 0 ? app : null, MulticastGroupJson.read(uuid, m));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a multicast group with its members and queue")
  public JsonObject delete(@PathParam("id") String id) {
    groups.delete(current.policy(), Values.uuid("id", id));
    return ProtoJson.empty();
  }

  @POST
  @Path("{id}/devices")
  @Operation(summary = "Add a device of the group's application: {\"devEUI\":\"<EUI-64>\"}")
  public JsonObject addDevice(@PathParam("id") String id, JsonObject body) {
    UUID uuid = Values.uuid("multicastGroupID", id);
    RequestJson r = RequestJson.of(body);
    requireSameGroup(r, "multicastGroupID", uuid);
    Eui64 devEui = r.optionalEui64("devEUI")
        .orElseThrow(() -> ApiException.invalidArgument("devEUI is required"));
    groups.addDevice(current.policy(), uuid, devEui);
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}/devices/{devEUI}")
  @Operation(summary = "Remove a device from the group")
  public JsonObject removeDevice(@PathParam("id") String id,
      @PathParam("devEUI") String devEui) {
    groups.removeDevice(current.policy(), Values.uuid("multicastGroupID", id),
        Values.eui64("devEUI", devEui));
    return ProtoJson.empty();
  }

  @GET
  @Path("{id}/queue")
  @Operation(summary = "The group's queue, one item per frame")
  public JsonObject queue(@PathParam("id") String id) {
    UUID uuid = Values.uuid("multicastGroupID", id);
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (MulticastQueueItem i : groups.queue(current.policy(), uuid)) {
      a.add(JSON.createObjectBuilder()
          .add("multicastGroupID", uuid.toString())
          .add("fCnt", i.fCnt())
          .add("fPort", i.fPort())
          .add("data", Base64.getEncoder().encodeToString(i.data())));
    }
    return JSON.createObjectBuilder().add("multicastQueueItems", a).build();
  }

  @POST
  @Path("{id}/queue")
  @Operation(summary = "Enqueue a payload for the group; answers the frame counter it was given")
  public JsonObject enqueue(@PathParam("id") String id, JsonObject body) {
    UUID uuid = Values.uuid("multicastQueueItem.multicastGroupID", id);
    RequestJson q = RequestJson.of(body).object("multicastQueueItem");
    requireSameGroup(q, "multicastGroupID", uuid);
    int fPort = (int) q.integer("fPort", 0, 255);
    byte[] data;
    try {
      data = Base64.getDecoder().decode(q.string("data").strip());
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("multicastQueueItem.data must be base64");
    }
    long fCnt = groups.enqueue(current.policy(), uuid, fPort, data);
    return JSON.createObjectBuilder().add("fCnt", fCnt).build();
  }

  @DELETE
  @Path("{id}/queue")
  @Operation(summary = "Flush the group's queue")
  public JsonObject flush(@PathParam("id") String id) {
    groups.flush(current.policy(), Values.uuid("multicastGroupID", id));
    return ProtoJson.empty();
  }

  private static void requireSameGroup(RequestJson r, String field, UUID path) {
    if (r.optionalUuid(field).filter(u -> !u.equals(path)).isPresent()) {
      throw ApiException.invalidArgument(r.name(field) + " in the body differs from the path");
    }
  }
}
