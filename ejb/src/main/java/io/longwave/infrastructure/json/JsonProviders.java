package io.longwave.infrastructure.json;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once for the whole application.
 *
 * <p>Every static factory of {@code jakarta.json.Json} ({@code createObjectBuilder},
 * {@code createReader}, ...) calls {@link JsonProvider#provider()}, which runs a
 * {@link java.util.ServiceLoader} lookup; in Payara that lookup walks the class loaders' jars on
 * each call. Profiling the REST API showed it taking a quarter of the CPU of a simple request, so
 * the application's code builds and reads JSON through this one provider instead
 * ({@code JsonFactoriesTest} keeps it that way).
 */
public final class JsonProviders {

  /** The provider of the JSON-P implementation the application runs with. */
  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonProviders() {
  }
}
