package io.longwave.application.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.http.HttpIntegrations;
import io.longwave.integration.influxdb.InfluxDbIntegrations;
import io.longwave.integration.outbox.TargetBacklog;
import io.longwave.testing.InMemoryIntegrationConfigRepository;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may read and change an application's integrations, and what is refused. */
class IntegrationServiceTest {

  private static final long ORG = 5;
  private static final long APP = 9;
  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

  private final InMemoryIntegrationConfigRepository configs =
      new InMemoryIntegrationConfigRepository();
  private final HttpClient client = HttpClient.newHttpClient();
  private final String httpTarget =
      HttpIntegrations.targetId(APP, URI.create("http://h.example/events"));
  private final IntegrationService service = new IntegrationService(
      app -> app == APP ? Optional.of(ORG) : Optional.empty(), configs,
      new HttpIntegrations(configs, client), new InfluxDbIntegrations(configs, client),
      () -> List.of(new TargetBacklog(httpTarget, 3, T, null, "HTTP 500", T, 1)));

  private static AccessPolicy member(OrganizationRole role) {
    return new AccessPolicy(new Caller.User(1, "u@example.com", false),
        org -> org == ORG ? Optional.of(role) : Optional.empty());
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  @Test
  void device_admins_write_viewers_read_and_others_see_nothing() {
    AccessPolicy admin = member(new OrganizationRole(false, true, false));
    AccessPolicy viewer = member(OrganizationRole.VIEWER);
    AccessPolicy stranger = new AccessPolicy(new Caller.User(2, "x@example.com", false),
        org -> Optional.empty());
    JsonObject http = json("{'eventEndpointURL':'http://h.example/events'}");

    assertThrows(AccessDeniedException.class,
        () -> service.create(viewer, APP, IntegrationKind.HTTP, http));
    service.create(admin, APP, IntegrationKind.HTTP, http);
    assertEquals(List.of(IntegrationKind.HTTP), service.list(viewer, APP));
    JsonObject stored = service.get(viewer, APP, IntegrationKind.HTTP);
    assertEquals("JSON_V3", stored.getString("marshaler"), "stored in its normalised form");
    assertEquals("9", stored.getString("applicationID"));
    assertThrows(AccessDeniedException.class, () -> service.list(stranger, APP));
    assertThrows(AccessDeniedException.class,
        () -> service.delete(viewer, APP, IntegrationKind.HTTP));

    List<TargetState> targets = service.targets(viewer, APP);
    assertEquals(1, targets.size());
    assertEquals("http://h.example/events", targets.get(0).destination());
    assertEquals(3, targets.get(0).backlog().queued());
    assertEquals("HTTP 500", targets.get(0).backlog().lastError());

    service.delete(admin, APP, IntegrationKind.HTTP);
    assertTrue(service.list(viewer, APP).isEmpty());
  }

  @Test
  void refusals_carry_the_grpc_code_and_reason() {
    AccessPolicy admin = member(OrganizationRole.ADMIN);
    JsonObject influx = json("{'endpoint':'http://i.example/write','db':'lw'}");
    service.create(admin, APP, IntegrationKind.INFLUXDB, influx);
    assertCode(ErrorCode.ALREADY_EXISTS,
        () -> service.create(admin, APP, IntegrationKind.INFLUXDB, influx));
    assertCode(ErrorCode.INVALID_ARGUMENT,
        () -> service.update(admin, APP, IntegrationKind.INFLUXDB, json("{'db':'lw'}")));
    assertCode(ErrorCode.NOT_FOUND, () -> service.get(admin, APP, IntegrationKind.HTTP));
    assertCode(ErrorCode.NOT_FOUND,
        () -> service.update(admin, APP, IntegrationKind.HTTP, json("{}")));
    assertCode(ErrorCode.NOT_FOUND, () -> service.list(admin, 404));
    assertEquals("influxdb:9", service.targets(admin, APP).get(0).backlog().targetId());
  }

  private static void assertCode(ErrorCode code, Runnable call) {
    ApiException e = assertThrows(ApiException.class, call::run);
    assertEquals(code, e.code(), e.getMessage());
  }
}
