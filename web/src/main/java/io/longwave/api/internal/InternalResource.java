package io.longwave.api.internal;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.security.CurrentCaller;
import io.longwave.api.security.PublicEndpoint;
import io.longwave.api.user.UserJson;
import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * ChirpStack v3's {@code InternalService} endpoints of the console: login, the signed-in user's
 * profile, and the public settings.
 */
@Path("internal")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "internal", description = "Login, profile, settings, API keys, search, summaries")
public class InternalResource {

  @Inject private AuthenticationService authentication;
  @Inject private CurrentCaller current;
  @Inject private UserRepository users;
  @Inject private OrganizationRepository organizations;

  /** Optional: MicroProfile Config treats an empty value, even a default, as missing. */
  @Inject
  @ConfigProperty(name = "longwave.ui.registration")
  private Optional<String> registration;

  @Inject
  @ConfigProperty(name = "longwave.ui.footer")
  private Optional<String> footer;

  /** {@code {"email":"admin","password":"..."}} → {@code {"jwt":"..."}}. */
  @POST
  @Path("login")
  @PublicEndpoint
  @Operation(summary = "Log in with e-mail and password; answers a session token (JWT)")
  @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(ref = "LoginRequest")))
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "LoginResponse")))
  public JsonObject login(JsonObject body) {
    RequestJson req = RequestJson.of(body);
    String email = req.has("email") ? req.string("email", 255) : req.string("username", 255);
    if (email.isBlank()) {
      throw ApiException.invalidArgument("email is required");
    }
    try {
      return JSON.createObjectBuilder()
          .add("jwt", authentication.login(email.strip(), req.string("password", 1000)))
          .build();
    } catch (AuthenticationException e) {
      throw ApiException.unauthenticated(e.getMessage());
    }
  }

  /** The user and the organizations they belong to. */
  @GET
  @Path("profile")
  @Operation(summary = "The signed-in user and their organizations")
  @APIResponse(responseCode = "200", description = "OK",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(ref = "ProfileResponse")))
  public JsonObject profile() {
    if (!(current.caller() instanceof Caller.User caller)) {
      throw ApiException.failedPrecondition("an API key has no profile; sign in as a user");
    }
    User user =
        users.find(caller.userId())
            .orElseThrow(() -> ApiException.notFound("user " + caller.userId() + " not found"));
    JsonArrayBuilder links = JSON.createArrayBuilder();
    for (OrganizationUser m : organizations.memberships(user.id())) {
      organizations.find(m.organizationId()).ifPresent(o -> links.add(link(o, m)));
    }
    return JSON.createObjectBuilder()
        .add("user", UserJson.user(user))
        .add("organizations", links)
        .add("settings", JSON.createObjectBuilder().add("disableAssignExistingUsers", false))
        .build();
  }

  private static JsonObject link(Organization o, OrganizationUser m) {
    OrganizationRole role = m.role();
    return JSON.createObjectBuilder()
        .add("organizationID", ProtoJson.int64(o.id()))
        .add("organizationName", o.name())
        .add("isAdmin", role.admin())
        .add("isDeviceAdmin", role.deviceAdmin())
        .add("isGatewayAdmin", role.gatewayAdmin())
        .add("createdAt", ProtoJson.timestamp(m.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(m.updatedAt()))
        .build();
  }

  /** Branding and OpenID Connect settings for the console's login page. */
  @GET
  @Path("settings")
  @PublicEndpoint
  @Operation(summary = "Branding and login settings (no token needed)")
  public JsonObject settings() {
    return JSON.createObjectBuilder()
        .add("branding",
            JSON.createObjectBuilder().add("registration", registration.orElse(""))
                .add("footer", footer.orElse("")))
        .add("openidConnect",
            JSON.createObjectBuilder()
                .add("enabled", false)
                .add("loginURL", "")
                .add("loginLabel", "")
                .add("logoutURL", ""))
        .build();
  }
}
