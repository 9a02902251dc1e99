package io.longwave.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The application's code builds and reads JSON through the provider looked up once
 * ({@code JsonProviders.JSON}), never through the static factories of {@code jakarta.json.Json},
 * each of which looks the provider up again through a {@code ServiceLoader}: in Payara that walks
 * the class loaders' jars, a quarter of the CPU of a simple API request.
 */
class JsonFactoriesTest {

  private static final Pattern STATIC_FACTORY =
      Pattern.compile("(?<![\\w.@{])Json\\.create\\w*\\s*\\(|JsonProvider\\.provider\\(\\)");

  @Test
  void main_code_of_the_ejb_and_web_modules_uses_the_shared_json_provider() {
    List<String> offending = Stream.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"))
        .flatMap(JsonFactoriesTest::javaFiles)
        .filter(f -> !f.endsWith(Path.of("infrastructure/json/JsonProviders.java")))
        .filter(f -> STATIC_FACTORY.matcher(read(f)).find())
        .map(Path::toString)
        .sorted()
        .toList();
    assertEquals(List.of(), offending);
  }

  @Test
  void the_pattern_finds_a_static_factory_call_and_ignores_the_shared_provider() {
    assertEquals(true, STATIC_FACTORY.matcher("var b = Json.createObjectBuilder();").find());
    assertEquals(true, STATIC_FACTORY.matcher("JsonProvider.provider().createValue(1)").find());
    assertEquals(false, STATIC_FACTORY.matcher("var b = JSON.createObjectBuilder();").find());
    assertEquals(false, STATIC_FACTORY.matcher("ProtoJson.createdId(id)").find());
  }

  private static Stream<Path> javaFiles(Path root) {
    try {
      return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
