package io.longwave.api.integration;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.integration.IntegrationService;
import io.longwave.application.integration.TargetState;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.outbox.TargetBacklog;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3's per-application integrations under {@code /api/applications/{id}/integrations}:
 * {@code GET} lists the configured kinds ({@code {"totalCount","result":[{"kind":"HTTP"}]}}) and,
 * in the extra field {@code targets}, each delivery target's queue and recent results; {@code
 * /http} and {@code /influxdb} take {@code POST}, {@code GET}, {@code PUT} and {@code DELETE} with
 * {@code {"integration":{...}}}.
 */
@Path("applications/{id}/integrations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "integrations", description = "Per-application HTTP and InfluxDB integrations")
public class ApplicationIntegrationResource {

  @Inject CurrentCaller current;
  @Inject IntegrationService integrations;

  @GET
  @Operation(summary = "List the application's integrations and the state of their targets")
  public JsonObject list(@PathParam("id") String id) {
    long app = Values.id("application_id", id);
    List<IntegrationKind> kinds = integrations.list(current.policy(), app);
    JsonObject list = ProtoJson.list(kinds.size(), kinds.stream()
        .map(k -> JSON.createObjectBuilder().add("kind", k.name()).build()).toList());
    Instant now = Instant.now();
    JsonArrayBuilder targets = JSON.createArrayBuilder();
    for (TargetState t : integrations.targets(current.policy(), app)) {
      TargetBacklog b = t.backlog();
      targets.add(JSON.createObjectBuilder()
          .add("kind", t.kind().name())
          .add("id", b.targetId())
          .add("destination", t.destination())
          .add("queued", ProtoJson.int64(b.queued()))
          .add("oldestEventAge", ProtoJson.duration(b.lag(now)))
          .add("lastError", b.lastError() == null ? JsonValue.NULL : JSON.createValue(b.lastError()))
          .add("lastErrorAt", ProtoJson.timestamp(b.lastErrorAt()))
          .add("lastSuccessAt", ProtoJson.timestamp(b.lastSuccessAt()))
          .add("dropped", ProtoJson.int64(b.dropped())));
    }
    return JSON.createObjectBuilder(list).add("targets", targets).build();
  }

  @POST
  @Path("{kind}")
  @Operation(summary = "Create the application's HTTP or InfluxDB integration")
  public JsonObject create(@PathParam("id") String id, @PathParam("kind") String kind,
      JsonObject body) {
    integrations.create(current.policy(), Values.id("integration.application_id", id),
        kind(kind), integration(body, id));
    return ProtoJson.empty();
  }

  @GET
  @Path("{kind}")
  @Operation(summary = "Get the application's HTTP or InfluxDB integration")
  public JsonObject get(@PathParam("id") String id, @PathParam("kind") String kind) {
    return ProtoJson.wrap("integration",
        integrations.get(current.policy(), Values.id("application_id", id), kind(kind)));
  }

  @PUT
  @Path("{kind}")
  @Operation(summary = "Update the application's HTTP or InfluxDB integration")
  public JsonObject update(@PathParam("id") String id, @PathParam("kind") String kind,
      JsonObject body) {
    integrations.update(current.policy(), Values.id("integration.application_id", id),
        kind(kind), integration(body, id));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{kind}")
  @Operation(summary = "Delete the application's HTTP or InfluxDB integration")
  public JsonObject delete(@PathParam("id") String id, @PathParam("kind") String kind) {
    integrations.delete(current.policy(), Values.id("application_id", id), kind(kind));
    return ProtoJson.empty();
  }

  /** The {@code integration} object; an {@code applicationID} in it must match the path. */
  private static JsonObject integration(JsonObject body, String pathId) {
    RequestJson integration = RequestJson.of(body).object("integration");
    JsonObject json = integration.json();
    if (integration.has("applicationID")
        && integration.int64("applicationID") != Values.id("application_id", pathId)) {
      throw ApiException.invalidArgument("integration.applicationID differs from the path");
    }
    return json;
  }

  private static IntegrationKind kind(String name) {
    return IntegrationKind.ofPathName(name).orElseThrow(() -> ApiException.notFound(
        "no integration kind '" + name + "' (Longwave has http and influxdb per application)"));
  }
}
