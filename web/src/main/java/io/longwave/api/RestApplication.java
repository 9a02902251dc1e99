package io.longwave.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST API under {@code /api}, following the paths and JSON of the ChirpStack v3 application
 * server so that existing scripts keep working. Described at {@code /openapi}.
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
public class RestApplication extends Application {}
