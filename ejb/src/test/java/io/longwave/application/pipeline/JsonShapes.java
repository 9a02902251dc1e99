package io.longwave.application.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.TreeSet;

/** Field-by-field comparison of an event with a reference shape. */
final class JsonShapes {

  private JsonShapes() {}

  /** Same members, and each member equal (named in the failure). */
  static void assertSameFields(JsonObject expected, JsonObject actual) {
    assertEquals(new TreeSet<>(expected.keySet()), new TreeSet<>(actual.keySet()),
        "members of " + actual);
    for (String key : expected.keySet()) {
      assertEquals(expected.get(key), actual.get(key), key);
    }
  }

  /** The reference's members equal in {@code actual} (which may have more). */
  static void assertFieldsOf(JsonObject reference, JsonObject actual) {
    for (String key : reference.keySet()) {
      assertEquals(reference.get(key), actual.get(key), key);
    }
  }
}
