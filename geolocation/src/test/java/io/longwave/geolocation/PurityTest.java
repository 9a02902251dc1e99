package io.longwave.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The geolocation library stays pure: no source under {@code io.longwave.geolocation} uses the
 * container, persistence, network I/O or a clock (times come with the uplinks).
 */
class PurityTest {

  private static final Path SOURCES =
      Path.of("src", "main", "java", "io", "longwave", "geolocation");
  private static final List<String> FORBIDDEN = List.of(
      "jakarta.", "javax.ejb", "javax.persistence", "java.net.", "java.nio.channels",
      "Instant.now", "System.currentTimeMillis");

  @Test
  void no_geolocation_class_uses_the_container_io_or_the_clock() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
        files++;
        String text = Files.readString(p);
        for (String f : FORBIDDEN) {
          if (text.contains(f)) {
            violations.add(p.getFileName() + ": " + f);
          }
        }
      }
    }
    assertTrue(files >= 10, "expected the geolocation sources, found " + files + " files");
    assertEquals(List.of(), violations);
  }
}
