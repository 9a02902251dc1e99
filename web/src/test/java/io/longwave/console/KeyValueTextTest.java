package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyValueTextTest {

  @Test
  void lines_become_pairs_in_order_with_blanks_ignored_and_values_trimmed() {
    Map<String, String> pairs = KeyValueText.parse(" floor = 3 \r\n\nroom=lab=2\nempty=\n");
    assertEquals(List.of("floor", "room", "empty"), List.copyOf(pairs.keySet()));
    assertEquals("3", pairs.get("floor"));
    assertEquals("lab=2", pairs.get("room"));
    assertEquals("", pairs.get("empty"));
  }

  @Test
  void nothing_is_no_pairs() {
    assertEquals(Map.of(), KeyValueText.parse(null));
    assertEquals(Map.of(), KeyValueText.parse("  \n "));
  }

  @Test
  void a_line_without_key_or_equals_sign_is_refused_with_its_number() {
    assertEquals("line 2 is not key=value", assertThrows(IllegalArgumentException.class,
        () -> KeyValueText.parse("a=1\njust text")).getMessage());
    assertEquals("line 1 is not key=value", assertThrows(IllegalArgumentException.class,
        () -> KeyValueText.parse(" =orphan")).getMessage());
  }

  @Test
  void a_key_given_twice_is_refused() {
    assertEquals("the key a is given twice", assertThrows(IllegalArgumentException.class,
        () -> KeyValueText.parse("a=1\na=2")).getMessage());
  }

  @Test
  void pairs_format_as_lines_that_parse_back() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("floor", "3");
    pairs.put("room", "lab");
    assertEquals("floor=3\nroom=lab", KeyValueText.format(pairs));
    assertEquals(pairs, KeyValueText.parse(KeyValueText.format(pairs)));
    assertEquals("", KeyValueText.format(null));
  }
}
