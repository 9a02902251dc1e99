package io.longwave.simulator.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("integer", "3512348611", 3512348611L),
        Arguments.of("negative integer", "-35", -35L),
        Arguments.of("decimal", "866.349812", 866.349812),
        Arguments.of("exponent", "1e3", 1000.0),
        Arguments.of("string with escapes", "\"a\\\"b\\u0041\\n\"", "a\"bA\n"),
        Arguments.of("booleans and null in an array", "[true,false,null]",
            Arrays.asList(true, false, null)),
        Arguments.of("nested object", " {\"a\": {\"b\": [1, 2]}} ",
            Map.of("a", Map.of("b", List.of(1L, 2L)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void parses_json_values(String description, String text, Object expected) {
    assertEquals(expected, Json.parse(text));
  }

  @ParameterizedTest(name = "rejects [{0}]")
  @MethodSource("bad")
  void rejects_bad_json_with_an_offset(String text) {
    PacketFormatException e = assertThrows(PacketFormatException.class, () -> Json.parse(text));
    assertEquals(true, e.getMessage().contains("offset"), e.getMessage());
  }

  static Stream<String> bad() {
    return Stream.of("", "{", "{\"a\" 1}", "[1,]", "\"unterminated", "01x", "tru", "{} x",
        "\"\\x\"", "-", "1.");
  }

  @Test
  void writes_fixed_decimals_and_escaped_strings() {
    StringBuilder b = new StringBuilder();
    Json.appendFixed(b, 868.1, 6);
    b.append(' ');
    Json.appendFixed(b, -0.04, 1);
    b.append(' ');
    Json.appendFixed(b, -7.25, 1);
    b.append(' ');
    Json.appendString(b, "q\"\u0001");
    assertEquals("868.100000 0.0 -7.3 \"q\\\"\\u0001\"", b.toString());
  }
}
