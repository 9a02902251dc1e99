package io.longwave.api.application;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.Page;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.PayloadCodec;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3 {@code ApplicationService} under {@code /api/applications}: {@code
 * {"application":{"name","description","organizationID","serviceProfileID","payloadCodec",
 * "payloadEncoderScript","payloadDecoderScript"}}}.
 */
@Path("applications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "Applications: an organization's devices by use case")
public class ApplicationResource {


  @Inject CurrentCaller current;
  @Inject ApplicationService applications;

  @GET
  @Operation(summary = "List applications, optionally of an organization and matching a search")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("organizationID") String organizationId,
      @QueryParam("search") String search) {
    Paging p = Paging.of(limit, offset);
    Page<Application> page = applications.list(current.policy(),
        Values.optionalId("organizationID", organizationId),
        search == null || search.isBlank() ? null : search.strip(), p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream()
        .map(a -> JSON.createObjectBuilder()
            .add("id", ProtoJson.int64(a.id()))
            .add("name", a.name())
            .add("description", a.description())
            .add("organizationID", ProtoJson.int64(a.organizationId()))
            .add("serviceProfileID", a.serviceProfileId().toString())
            .build())
        .toList());
  }

  @POST
  @Operation(summary = "Create an application; answers its id")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ApplicationRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "CreatedID")))
  public JsonObject create(JsonObject body) {
    RequestJson a = RequestJson.of(body).object("application");
    return ProtoJson.createdId(applications.create(current.policy(), application(null, a)));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get an application")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "GetApplicationResponse")))
  public JsonObject get(@PathParam("id") String id) {
    Application a = applications.get(current.policy(), Values.id("id", id));
    return ProtoJson.wrap("application", JSON.createObjectBuilder()
        .add("id", ProtoJson.int64(a.id()))
        .add("name", a.name())
        .add("description", a.description())
        .add("organizationID", ProtoJson.int64(a.organizationId()))
        .add("serviceProfileID", a.serviceProfileId().toString())
        .add("payloadCodec", a.codec().type().wireName())
        .add("payloadEncoderScript", a.codec().encoderScript())
        .add("payloadDecoderScript", a.codec().decoderScript())
        .build());
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update an application; its organization stays")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "ApplicationRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    long appId = Values.id("application.id", id);
    RequestJson a = RequestJson.of(body).object("application");
    if (a.has("id") && a.int64("id") != appId) {
      throw ApiException.invalidArgument("application.id in the body differs from the path");
    }
    applications.update(current.policy(), application(appId, a));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an application and all its devices")
  public JsonObject delete(@PathParam("id") String id) {
    applications.delete(current.policy(), Values.id("id", id));
    return ProtoJson.empty();
  }

  /** The application of a request's {@code application} message. */
  static Application application(Long id, RequestJson a) {
    long org = a.int64("organizationID");
    if (org <= 0) {
      throw ApiException.invalidArgument("application.organizationID is required");
    }
    try {
      return new Application(id, a.requiredString("name", Application.MAX_NAME_LENGTH),
          a.string("description", Application.MAX_DESCRIPTION_LENGTH), org,
          a.optionalUuid("serviceProfileID").orElseThrow(
              () -> ApiException.invalidArgument("application.serviceProfileID is required")),
          codec(a));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("application: " + e.getMessage());
    }
  }

  /** The payload codec of an application or device-profile message. */
  public static PayloadCodec codec(RequestJson m) {
    try {
      return new PayloadCodec(PayloadCodec.Type.parse(m.string("payloadCodec", 20)),
          m.string("payloadEncoderScript", PayloadCodec.MAX_SCRIPT_LENGTH),
          m.string("payloadDecoderScript", PayloadCodec.MAX_SCRIPT_LENGTH));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument(m.name("payloadCodec") + ": " + e.getMessage());
    }
  }
}
