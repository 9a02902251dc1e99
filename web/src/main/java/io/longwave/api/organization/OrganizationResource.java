package io.longwave.api.organization;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.OrganizationService;
import io.longwave.application.management.OrganizationService.Member;
import io.longwave.application.management.Page;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationSettings;
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

/** ChirpStack v3 {@code OrganizationService} under {@code /api/organizations}. */
@Path("organizations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organizations", description = "Organizations and their members")
public class OrganizationResource {

  @Inject CurrentCaller current;
  @Inject OrganizationService organizations;

  @GET
  @Operation(summary = "List organizations the caller may see")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("search") String search) {
    Paging p = Paging.of(limit, offset);
    Page<Organization> page = organizations.list(current.policy(), search, p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(o ->
        JSON.createObjectBuilder()
            .add("id", ProtoJson.int64(o.id()))
            .add("name", o.name())
            .add("displayName", o.displayName())
            .add("canHaveGateways", o.canHaveGateways())
            .add("createdAt", ProtoJson.timestamp(o.createdAt()))
            .add("updatedAt", ProtoJson.timestamp(o.updatedAt()))
            .build()).toList());
  }

  @POST
  @Operation(summary = "Create an organization (global admins)")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "OrganizationRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "CreatedID")))
  public JsonObject create(JsonObject body) {
    Organization o = organizations.create(current.policy(),
        settings(RequestJson.of(body).object("organization")));
    return ProtoJson.createdId(o.id());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get an organization")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "GetOrganizationResponse")))
  public JsonObject get(@PathParam("id") String id) {
    Organization o = organizations.get(current.policy(), Values.id("id", id));
    return JSON.createObjectBuilder()
        .add("organization", JSON.createObjectBuilder()
            .add("id", ProtoJson.int64(o.id()))
            .add("name", o.name())
            .add("displayName", o.displayName())
            .add("canHaveGateways", o.canHaveGateways())
            .add("maxDeviceCount", o.maxDeviceCount())
            .add("maxGatewayCount", o.maxGatewayCount()))
        .add("createdAt", ProtoJson.timestamp(o.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(o.updatedAt()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update an organization")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "OrganizationRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "Empty")))
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    long orgId = Values.id("organization.id", id);
    RequestJson o = RequestJson.of(body).object("organization");
    if (o.has("id") && o.int64("id") != orgId) {
      throw ApiException.invalidArgument("organization.id in the body differs from the path");
    }
    organizations.update(current.policy(), orgId, settings(o));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an organization and everything it owns (global admins)")
  public JsonObject delete(@PathParam("id") String id) {
    organizations.delete(current.policy(), Values.id("id", id));
    return ProtoJson.empty();
  }

  @GET
  @Path("{id}/users")
  @Operation(summary = "List the organization's members")
  public JsonObject members(@PathParam("id") String id, @QueryParam("limit") String limit,
      @QueryParam("offset") String offset) {
    Paging p = Paging.of(limit, offset);
    Page<Member> page = organizations.members(current.policy(),
        Values.id("organization_id", id), p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(m -> {
      OrganizationRole r = m.membership().role();
      return JSON.createObjectBuilder()
          .add("userID", ProtoJson.int64(m.membership().userId()))
          .add("email", m.email())
          .add("isAdmin", r.admin())
          .add("isDeviceAdmin", r.deviceAdmin())
          .add("isGatewayAdmin", r.gatewayAdmin())
          .add("createdAt", ProtoJson.timestamp(m.membership().createdAt()))
          .add("updatedAt", ProtoJson.timestamp(m.membership().updatedAt()))
          .build();
    }).toList());
  }

  @POST
  @Path("{id}/users")
  @Operation(summary = "Add an existing user by e-mail: {\"organizationUser\":{\"email\":...}}")
  public JsonObject addMember(@PathParam("id") String id, JsonObject body) {
    RequestJson u = RequestJson.of(body).object("organizationUser");
    organizations.addMember(current.policy(), Values.id("organization_id", id),
        u.requiredString("email", 255), role(u));
    return ProtoJson.empty();
  }

  @GET
  @Path("{id}/users/{userId}")
  @Operation(summary = "Get a member")
  public JsonObject member(@PathParam("id") String id, @PathParam("userId") String userId) {
    Member m = organizations.member(current.policy(), Values.id("organization_id", id),
        Values.id("user_id", userId));
    OrganizationRole r = m.membership().role();
    return JSON.createObjectBuilder()
        .add("organizationUser", JSON.createObjectBuilder()
            .add("organizationID", ProtoJson.int64(m.membership().organizationId()))
            .add("userID", ProtoJson.int64(m.membership().userId()))
            .add("isAdmin", r.admin())
            .add("isDeviceAdmin", r.deviceAdmin())
            .add("isGatewayAdmin", r.gatewayAdmin())
            .add("email", m.email()))
        .add("createdAt", ProtoJson.timestamp(m.membership().createdAt()))
        .add("updatedAt", ProtoJson.timestamp(m.membership().updatedAt()))
        .build();
  }

  @PUT
  @Path("{id}/users/{userId}")
  @Operation(summary = "Change a member's role")
  public JsonObject updateMember(@PathParam("id") String id, @PathParam("userId") String userId,
      JsonObject body) {
    organizations.updateMember(current.policy(), Values.id("organization_id", id),
        Values.id("user_id", userId), role(RequestJson.of(body).object("organizationUser")));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}/users/{userId}")
  @Operation(summary = "Remove a member")
  public JsonObject removeMember(@PathParam("id") String id,
      @PathParam("userId") String userId) {
    organizations.removeMember(current.policy(), Values.id("organization_id", id),
        Values.id("user_id", userId));
    return ProtoJson.empty();
  }

  private static OrganizationRole role(RequestJson u) {
    return new OrganizationRole(u.bool("isAdmin"), u.bool("isDeviceAdmin"),
        u.bool("isGatewayAdmin"));
  }

  static OrganizationSettings settings(RequestJson o) {
    try {
      return new OrganizationSettings(o.string("name"),
          o.has("displayName") && !o.string("displayName").isBlank()
              ? o.string("displayName") : o.string("name"),
          o.bool("canHaveGateways"),
          (int) o.integer("maxDeviceCount", 0, Integer.MAX_VALUE),
          (int) o.integer("maxGatewayCount", 0, Integer.MAX_VALUE));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument(e.getMessage());
    }
  }
}
