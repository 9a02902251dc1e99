package io.longwave.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.error.ApiException;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PagingAndValuesTest {

  @Test
  void paging_defaults_and_bounds() {
    assertEquals(new Paging(10, 0), Paging.of(null, null));
    assertEquals(new Paging(10, 0), Paging.of("0", ""));
    assertEquals(new Paging(25, 50), Paging.of("25", "50"));
    assertEquals(new Paging(1000, 0), Paging.of("100000", null));
    assertEquals("limit must not be negative",
        assertThrows(ApiException.class, () -> Paging.of("-1", null)).getMessage());
    assertEquals("offset must be a whole number, got \"ten\"",
        assertThrows(ApiException.class, () -> Paging.of(null, "ten")).getMessage());
  }

  @Test
  void path_ids_answer_400_with_a_message() {
    assertEquals(7, Values.id("id", "7"));
    assertEquals("id must be an integer id, got \"x7\"",
        assertThrows(ApiException.class, () -> Values.id("id", "x7")).getMessage());
    assertNull(Values.optionalId("organizationID", "0"));
    assertNull(Values.optionalId("organizationID", null));
    assertEquals(3L, Values.optionalId("organizationID", "3"));
    assertTrue(Values.flag("isAdmin", "true"));
    assertThrows(ApiException.class, () -> Values.flag("isAdmin", "maybe"));
    UUID u = UUID.randomUUID();
    assertEquals(u, Values.uuid("id", u.toString()));
    assertThrows(ApiException.class, () -> Values.uuid("id", "1-1-1-1-1"));
    assertThrows(ApiException.class, () -> Values.eui64("gateway_id", "zz16c001f153a14c"));
  }

  @Test
  void answers_follow_protobuf_json() {
    assertEquals("\"42\"", ProtoJson.int64(42).toString());
    assertEquals("\"2024-01-02T03:04:05Z\"",
        ProtoJson.timestamp(Instant.parse("2024-01-02T03:04:05Z")).toString());
    assertEquals("null", ProtoJson.timestamp(null).toString());
    assertEquals("\"3600s\"", ProtoJson.duration(Duration.ofHours(1)).toString());
    assertEquals("\"1.5s\"", ProtoJson.duration(Duration.ofMillis(1500)).toString());
    assertEquals("{\"a\":\"1\",\"b\":\"2\"}",
        ProtoJson.stringMap(Map.of("b", "2", "a", "1")).toString());
    assertEquals("{\"totalCount\":\"12\",\"result\":[{}]}",
        ProtoJson.list(12, List.of(Json.createObjectBuilder().build())).toString());
    assertEquals("{\"id\":\"5\"}", ProtoJson.createdId(5).toString());
  }
}
