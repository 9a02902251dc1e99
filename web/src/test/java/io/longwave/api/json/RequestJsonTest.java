package io.longwave.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import io.longwave.lorawan.Eui64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class RequestJsonTest {

  private static RequestJson json(String text) {
    return RequestJson.of(JsonBodyReader.parse(text.getBytes()));
  }

  private static String refused(Executable e) {
    ApiException x = assertThrows(ApiException.class, e);
    assertEquals(ErrorCode.INVALID_ARGUMENT, x.code());
    return x.getMessage();
  }

  @Test
  void int64_is_read_from_strings_and_numbers() {
    RequestJson o = json("{\"a\":\"12\",\"b\":13,\"c\":\"\",\"d\":null,\"e\":1.0}");
    assertEquals(12, o.int64("a"));
    assertEquals(13, o.int64("b"));
    assertEquals(0, o.int64("c"));
    assertEquals(0, o.int64("d"));
    assertEquals(1, o.int64("e"));
    assertEquals(0, o.int64("absent"));
  }

  @Test
  void bad_numbers_name_the_field_path() {
    RequestJson o = json("{\"gateway\":{\"location\":{\"altitude\":\"high\",\"n\":1.5,\"b\":true}}}");
    RequestJson location = o.object("gateway").object("location");
    assertEquals(
        "gateway.location.altitude must be a number, got \"high\"",
        refused(() -> location.float64("altitude")));
    assertTrue(refused(() -> location.int32("n")).startsWith("gateway.location.n must be a whole"));
    assertEquals("gateway.location.b must be a number", refused(() -> location.int64("b")));
  }

  @Test
  void integers_are_bounded() {
    RequestJson o = json("{\"count\":-1,\"big\":\"99999999999\"}");
    assertEquals(
        "count must be between 0 and 100, got -1", refused(() -> o.integer("count", 0, 100)));
    assertTrue(refused(() -> o.int32("big")).contains("between"));
  }

  @Test
  void booleans_accept_their_string_forms_only() {
    RequestJson o = json("{\"a\":true,\"b\":\"false\",\"c\":\"yes\",\"d\":1}");
    assertTrue(o.bool("a"));
    assertFalse(o.bool("b"));
    assertFalse(o.bool("absent"));
    assertEquals("c must be true or false", refused(() -> o.bool("c")));
    assertEquals("d must be true or false", refused(() -> o.bool("d")));
  }

  @Test
  void strings_are_typed_required_and_bounded() {
    RequestJson o = json("{\"name\":\"  \",\"n\":5,\"long\":\"abcdef\"}");
    assertEquals("name is required", refused(() -> o.requiredString("name", 10)));
    assertEquals("n must be a string", refused(() -> o.string("n")));
    assertEquals("long must be at most 3 characters", refused(() -> o.string("long", 3)));
    assertEquals("", o.string("absent"));
  }

  @Test
  void nested_messages_must_be_objects() {
    RequestJson o = json("{\"organization\":[1]}");
    assertEquals("organization must be an object", refused(() -> o.object("organization")));
    assertEquals("user is required", refused(() -> o.object("user")));
  }

  @Test
  void euis_and_keys_are_checked_by_their_value_objects() {
    RequestJson o =
        json("{\"id\":\"0016C001F153A14C\",\"bad\":\"0016c001\",\"key\":\"00112233\",\"u\":\"x\"}");
    assertEquals(Eui64.parse("0016c001f153a14c"), o.eui64("id"));
    assertEquals(
        "bad must be an EUI-64 of 16 hex digits, got \"0016c001\"", refused(() -> o.eui64("bad")));
    assertTrue(refused(() -> o.optionalKey("key")).startsWith("key must be an AES-128 key"));
    assertTrue(o.optionalKey("absent").isEmpty());
    assertEquals("absent is required", refused(() -> o.eui64("absent")));
    assertEquals("u must be a UUID, got \"x\"", refused(() -> o.optionalUuid("u")));
  }

  @Test
  void string_maps_take_string_values_only() {
    RequestJson o = json("{\"tags\":{\"a\":\"1\",\"b\":\"2\"},\"bad\":{\"a\":1}}");
    assertEquals(Map.of("a", "1", "b", "2"), o.stringMap("tags", 10, 100));
    assertEquals("bad.a must be a string", refused(() -> o.stringMap("bad", 10, 100)));
    assertEquals("tags may have at most 1 entries", refused(() -> o.stringMap("tags", 1, 100)));
    assertEquals(Map.of(), o.stringMap("absent", 10, 100));
  }

  @Test
  void repeated_messages_are_named_by_index() {
    RequestJson o = json("{\"boards\":[{},3]}");
    assertEquals("boards[1] must be an object", refused(() -> o.objects("boards")));
  }
}
