package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The LoRaWAN library stays pure: no class under {@code io.longwave.lorawan} (any subpackage)
 * uses the container, persistence or network I/O. Scans the source tree so that packages added
 * later are covered too.
 */
class PurityTest {

  private static final Path SOURCES = Path.of("src", "main", "java", "io", "longwave", "lorawan");

  private static final List<String> FORBIDDEN =
      List.of("jakarta.", "javax.ejb", "javax.persistence", "java.net.", "java.nio.channels");

  @Test
  void no_lorawan_class_uses_the_container_persistence_or_network_io() throws IOException {
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".java"))::iterator) {
        files++;
        violations.addAll(violations(p.toString(), read(p)));
      }
    }
    assertTrue(files >= 20, "expected the lorawan sources under " + SOURCES.toAbsolutePath()
        + ", found " + files + " files");
    assertEquals(List.of(), violations);
  }

  @Test
  void the_scan_catches_imports_and_qualified_names() {
    String source = String.join("\n",
        "package io.longwave.lorawan.x;",
        "import jakarta.ejb.Stateless;",
        "import static java.net.URI.create;",
        "import javax.persistence.Entity;",
        "import java.util.List;",
        "/** Mentions java.net.URI in a comment, which is fine. */",
        "class X { java.nio.channels.DatagramChannel c; }");
    assertEquals(4, violations("X.java", source).size());
  }

  private static List<String> violations(String file, String source) {
    List<String> found = new ArrayList<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
        continue;
      }
      for (String prefix : FORBIDDEN) {
        if (line.contains(prefix)) {
          found.add(file + ":" + (i + 1) + ": " + line);
          break;
        }
      }
    }
    return found;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
