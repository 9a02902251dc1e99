package io.longwave.api.application;

import static io.longwave.api.ManagementApi.caller;
import static io.longwave.api.ManagementApi.deviceAdmin;
import static io.longwave.api.ManagementApi.json;
import static io.longwave.api.ManagementApi.refused;
import static io.longwave.api.ManagementApi.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.api.ManagementApi;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.error.ErrorCode;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class ApplicationResourceTest {

  private final ManagementApi api = new ManagementApi();

  private ApplicationResource as(io.longwave.application.auth.AccessPolicy policy) {
    ApplicationResource r = new ApplicationResource();
    r.current = caller(policy);
    r.applications = api.applications;
    return r;
  }

  private String body(String name) {
    return "{'application':{'name':'" + name + "','description':'d','organizationID':'1',"
        + "'serviceProfileID':'" + api.serviceProfile + "','payloadCodec':'CAYENNE_LPP'}}";
  }

  @Test
  void creates_gets_lists_updates_and_deletes_in_v3_shapes() {
    JsonObject created = as(deviceAdmin()).create(json(body("sensors")));
    String id = created.getString("id");
    JsonObject got = as(viewer()).get(id).getJsonObject("application");
    assertEquals("sensors", got.getString("name"));
    assertEquals("1", got.getString("organizationID"));
    assertEquals(api.serviceProfile.toString(), got.getString("serviceProfileID"));
    assertEquals("CAYENNE_LPP", got.getString("payloadCodec"));
    JsonObject list = as(viewer()).list("10", "0", "1", "sens");
    assertEquals("1", list.getString("totalCount"));
    assertEquals(id, list.getJsonArray("result").getJsonObject(0).getString("id"));
    as(deviceAdmin()).update(id, json(body("renamed")));
    assertEquals("renamed", as(viewer()).get(id).getJsonObject("application").getString("name"));
    assertTrue(as(deviceAdmin()).delete(id).isEmpty());
    refused(ErrorCode.NOT_FOUND, () -> as(viewer()).get(id));
  }

  @Test
  void bad_input_answers_400_404_or_409_with_a_message() {
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json("{}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json(body("has space"))));
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json(
        "{'application':{'name':'a','organizationID':true,'serviceProfileID':'"
            + api.serviceProfile + "'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json(
        "{'application':{'name':'a','organizationID':'1','serviceProfileID':'nope'}}")));
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json(
        body("a").replace("'d'", "'" + "x".repeat(501) + "'"))));
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(deviceAdmin()).create(json(
        body("a").replace("CAYENNE_LPP", "XML"))));
    refused(ErrorCode.NOT_FOUND, () -> as(deviceAdmin()).create(json(
        body("a").replace(api.serviceProfile.toString(), java.util.UUID.randomUUID().toString()))));
    as(deviceAdmin()).create(json(body("a")));
    refused(ErrorCode.ALREADY_EXISTS, () -> as(deviceAdmin()).create(json(body("a"))));
    refused(ErrorCode.INVALID_ARGUMENT, () -> as(viewer()).get("abc"));
    refused(ErrorCode.NOT_FOUND, () -> as(viewer()).get("999"));
  }

  @Test
  void viewers_cannot_write() {
    assertThrows(AccessDeniedException.class, () -> as(viewer()).create(json(body("a"))));
  }
}
