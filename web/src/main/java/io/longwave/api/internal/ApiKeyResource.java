package io.longwave.api.internal;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.management.ApiKeyService;
import io.longwave.application.management.ApiKeyService.Scope;
import io.longwave.application.management.Page;
import io.longwave.domain.user.ApiKey;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys under {@code /api/internal/api-keys}, scoped globally, to an organization or an application. */
@Path("internal/api-keys")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "internal")
public class ApiKeyResource {

  @Inject CurrentCaller current;
  @Inject ApiKeyService keys;
  @Inject AuthenticationService authentication;

  @POST
  @Operation(summary = "Create an API key; answers its id and never-expiring token")
  public JsonObject create(JsonObject body) {
    RequestJson k = RequestJson.of(body).object("apiKey");
    ApiKey key = keys.create(current.policy(), k.string("name"),
        new Scope(k.bool("isAdmin"), k.int64("organizationID"), k.int64("applicationID")));
    return JSON.createObjectBuilder()
        .add("id", key.id())
        .add("jwtToken", authentication.apiKeyToken(key))
        .build();
  }

  @GET
  @Operation(summary = "List API keys of one scope (isAdmin, organizationID or applicationID)")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("isAdmin") String isAdmin, @QueryParam("organizationID") String org,
      @QueryParam("applicationID") String app) {
    Paging p = Paging.of(limit, offset);
    Long o = Values.optionalId("organizationID", org);
    Long a = Values.optionalId("applicationID", app);
    Page<ApiKey> page = keys.list(current.policy(),
        new Scope(Values.flag("isAdmin", isAdmin), o == null ? 0 : o, a == null ? 0 : a),
        p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(key ->
        JSON.createObjectBuilder()
            .add("id", key.id())
            .add("name", key.name())
            .add("isAdmin", key.isAdmin())
            .add("organizationID", ProtoJson.int64(
                key.organizationId() == null ? 0 : key.organizationId()))
            .add("applicationID", ProtoJson.int64(
                key.applicationId() == null ? 0 : key.applicationId()))
            .build()).toList());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete an API key; its token stops working")
  public JsonObject delete(@PathParam("id") String id) {
    keys.delete(current.policy(), Values.uuid("id", id).toString());
    return ProtoJson.empty();
  }
}
