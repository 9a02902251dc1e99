package io.longwave.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.error.ApiException;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {

  @Test
  void an_empty_body_is_an_empty_object() {
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonBodyReader.parse(new byte[0]));
    assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonBodyReader.parse(" \n".getBytes()));
  }

  @Test
  void malformed_json_is_refused_with_a_message() {
    ApiException e =
        assertThrows(ApiException.class, () -> JsonBodyReader.parse("{\"a\":".getBytes()));
    assertEquals(400, e.code().httpStatus());
    assertTrue(e.getMessage().startsWith("the request body is not valid JSON"), e.getMessage());
  }

  @Test
  void a_body_must_be_an_object() {
    ApiException e = assertThrows(ApiException.class, () -> JsonBodyReader.parse("[1]".getBytes()));
    assertEquals("the request body must be a JSON object", e.getMessage());
  }

  @Test
  void oversized_bodies_are_refused() {
    byte[] big = new byte[JsonBodyReader.MAX_BYTES + 1];
    assertThrows(ApiException.class, () -> JsonBodyReader.parse(big));
  }
}
