package io.longwave.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API under {@code /api}, following the paths and JSON of the ChirpStack v3 application
 * server so that existing scripts keep working. Described at {@code /openapi}.
 *
 * <p>Jersey's outbound buffer is off: by default it keeps the first 8 KiB of every answer to
 * compute a {@code Content-Length}, and a flush does not reach the client before that buffer is
 * full. The live streams (one JSON per line) would then send neither their headers nor their
 * first lines. {@link io.longwave.api.json.JsonBodyWriter} sets the length of JSON answers
 * itself.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Longwave API",
            version = "1",
            description =
                "Management API of the Longwave LoRaWAN network stack, compatible with the "
                    + "ChirpStack v3 application server REST API.",
            license = @License(name = "Apache-2.0")))
public class RestApplication extends Application {

  /** Jersey's {@code ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER}. */
  static final String OUTBOUND_BUFFER = "jersey.config.server.contentLength.buffer";

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(OUTBOUND_BUFFER, 0);
  }
}
