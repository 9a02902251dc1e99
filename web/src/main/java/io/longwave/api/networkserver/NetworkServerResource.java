package io.longwave.api.networkserver;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.Paging;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.Page;
import io.longwave.application.management.ProfileService;
import io.longwave.domain.networkserver.NetworkServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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

/**
 * ChirpStack v3 {@code NetworkServerService} under {@code /api/network-servers}. Longwave is its
 * own network server (row 1, which cannot be deleted); rows that scripts add are kept for their
 * profiles and gateways and served by the same network server. The TLS and gateway-discovery
 * fields of v3 are answered with their defaults and ignored on input.
 */
@Path("network-servers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "network-servers", description = "Network servers and their ADR algorithms")
public class NetworkServerResource {

  @Inject CurrentCaller current;
  @Inject ProfileService profiles;

  @GET
  @Operation(summary = "List network servers (of an organization, or all for global admins)")
  public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
      @QueryParam("organizationID") String org) {
    Paging p = Paging.of(limit, offset);
    Page<NetworkServer> page = profiles.networkServers(current.policy(),
        Values.optionalId("organizationID", org), p.limit(), p.offset());
    return ProtoJson.list(page.totalCount(), page.items().stream().map(n ->
        JSON.createObjectBuilder()
            .add("id", ProtoJson.int64(n.id()))
            .add("name", n.name())
            .add("server", n.server())
            .add("createdAt", ProtoJson.timestamp(n.createdAt()))
            .add("updatedAt", ProtoJson.timestamp(n.updatedAt()))
            .build()).toList());
  }

  @POST
  @Operation(summary = "Add a network server (global admins): {\"networkServer\":{\"name\":...}}")
  public JsonObject create(JsonObject body) {
    RequestJson n = RequestJson.of(body).object("networkServer");
    NetworkServer ns = profiles.createNetworkServer(current.policy(), n.string("name"),
        n.string("server"));
    return ProtoJson.createdId(ns.id());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Get a network server")
  public JsonObject get(@PathParam("id") String id) {
    NetworkServer n = profiles.networkServer(current.policy(), Values.id("id", id));
    return JSON.createObjectBuilder()
        .add("networkServer", JSON.createObjectBuilder()
            .add("id", ProtoJson.int64(n.id()))
            .add("name", n.name())
            .add("server", n.server())
            .add("caCert", "")
            .add("tlsCert", "")
            .add("tlsKey", "")
            .add("routingProfileCACert", "")
            .add("routingProfileTLSCert", "")
            .add("routingProfileTLSKey", "")
            .add("gatewayDiscoveryEnabled", false)
            .add("gatewayDiscoveryInterval", 0)
            .add("gatewayDiscoveryTXFrequency", 0)
            .add("gatewayDiscoveryDR", 0))
        .add("createdAt", ProtoJson.timestamp(n.createdAt()))
        .add("updatedAt", ProtoJson.timestamp(n.updatedAt()))
        .add("region", "")
        .add("version", "longwave")
        .build();
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Rename a network server (global admins)")
  public JsonObject update(@PathParam("id") String id, JsonObject body) {
    long nsId = Values.id("networkServer.id", id);
    RequestJson n = RequestJson.of(body).object("networkServer");
    if (n.has("id") && n.int64("id") != nsId) {
      throw ApiException.invalidArgument("networkServer.id in the body differs from the path");
    }
    profiles.updateNetworkServer(current.policy(), nsId, n.string("name"), n.string("server"));
    return ProtoJson.empty();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a network server no profile or gateway uses; never the built-in one")
  public JsonObject delete(@PathParam("id") String id) {
    profiles.deleteNetworkServer(current.policy(), Values.id("id", id));
    return ProtoJson.empty();
  }

  @GET
  @Path("{id}/adr-algorithms")
  @Operation(summary = "The ADR algorithms device profiles may name: {\"adrAlgorithms\":[...]}")
  public JsonObject adrAlgorithms(@PathParam("id") String id) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    profiles.adrAlgorithms(current.policy(), Values.id("network_server_id", id)).forEach(
        (algorithm, name) -> a.add(JSON.createObjectBuilder().add("id", algorithm)
            .add("name", name)));
    return JSON.createObjectBuilder().add("adrAlgorithms", a).build();
  }
}
