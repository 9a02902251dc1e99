package io.longwave.integration;

import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import java.util.Objects;

/**
 * A downlink an application asks for (MQTT {@code .../command/down}, a JMS queue, the REST API):
 * either raw bytes or an object for the device profile's codec to encode.
 *
 * @param applicationId the application the request came through; the device must belong to it
 * @param devEui the device
 * @param confirmed whether the device must acknowledge it
 * @param fPort the FPort, 1..223
 * @param data the payload, or null when {@code object} is given
 * @param object the object to encode, or null when {@code data} is given
 */
public record DownlinkCommand(
    long applicationId,
    Eui64 devEui,
    boolean confirmed,
    int fPort,
    byte[] data,
    JsonObject object) {

  public DownlinkCommand {
    Objects.requireNonNull(devEui, "devEui");
    data = data == null ? null : data.clone();
  }

  @Override
  public byte[] data() {
    return data == null ? null : data.clone();
  }
}
