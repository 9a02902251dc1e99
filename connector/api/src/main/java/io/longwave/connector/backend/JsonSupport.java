package io.longwave.connector.backend;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/**
 * JSON-P factories looked up once. {@code Json.createReader} and friends look the provider up
 * through the service loader on every call, which costs more than parsing a datagram; the
 * receive loops must not pay that.
 */
public final class JsonSupport {

  private static final JsonProvider PROVIDER = JsonProvider.provider();
  /** Readers for incoming messages. */
  public static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

  private JsonSupport() {}

  /** A new object builder. */
  public static JsonObjectBuilder object() {
    return BUILDERS.createObjectBuilder();
  }

  /** A new array builder. */
  public static JsonArrayBuilder array() {
    return BUILDERS.createArrayBuilder();
  }
}
