package io.longwave.api.user;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.Page;
import io.longwave.application.management.UserService;
import io.longwave.application.management.UserService.Membership;
import io.longwave.application.management.UserService.UserDetails;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.user.User;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ChirpStack v3 {@code UserService} under {@code /api/users}. */
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users", description = "Users of the API and console")
public class UserResource {

  @Inject CurrentCaller current;
  @Inject UserService users;

  @GET
  @Operation(summary = "List users (global admins)")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
    Paging p = Paging.of(limit, offset);
    Page<User> page = users.list(current.policy(), p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(UserJson::listItem)
        .toList());
  }

  @POST
  @Operation(summary = "Create a user: {\"user\":{...},\"password\":\"...\",\"organizations\":[...]}")
  public JsonObject create(JsonObject body) {
    RequestJson req = RequestJson.of(body);
    UserDetails details = details(req.object("user"));
    var memberships = req.objects("organizations").stream()
        .map(o -> new Membership(o.int64("organizationID"),
            new OrganizationRole(o.bool("isAdmin"), o.bool("isDeviceAdmin"),
                o.bool("isGatewayAdmin"))))
        .toList();
    User u = users.create(current.policy(), details, req.string("password", 1000), memberships);
    return ProtoJson.createdId(u.id());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a user")
  public JsonObject get(@PathParam("id") String id) {
    return UserJson.get(users.get(current.policy(), Values.id("id", id)));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Update a user: {\"user\":{...}}")
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    long userId = Values.id("user.id", id);
    RequestJson user = RequestJson.of(body).object("user");
    if (user.has("id") && user.int64("id") != userId) {
      throw ApiException.invalidArgument("user.id in the body differs from the path");
    }
    users.update(current.policy(), userId, details(user));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a user")
  public JsonObject delete(@PathParam("id") String id) {
    users.delete(current.policy(), Values.id("id", id));
    return ProtoJson.empty();
  }

  @PUT
  @Path("{id}/password")
  @Operation(summary = "Change a password: {\"password\":\"...\"}")
  public JsonObject password(@PathParam("id") String id, JsonObject body) {
    users.changePassword(current.policy(), Values.id("user_id", id),
        RequestJson.of(body).string("password", 1000));
    return ProtoJson.empty();
  }

  private static UserDetails details(RequestJson u) {
    return new UserDetails(u.requiredString("email", 255), u.bool("isAdmin"),
        !u.has("isActive") || u.bool("isActive"),
        (int) u.integer("sessionTTL", 0, Integer.MAX_VALUE), u.string("note", 1000));
  }
}
