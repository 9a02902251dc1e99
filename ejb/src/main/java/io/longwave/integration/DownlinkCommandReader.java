package io.longwave.integration;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.lorawan.Eui64;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Base64;

/**
 * Reads the downlink command that applications send over MQTT ({@code .../command/down}) and JMS:
 * ChirpStack v3's {@code {"confirmed", "fPort", "data"}} or {@code "object"} in place of {@code
 * data}. The application and device come from the MQTT topic, or from the {@code applicationID}
 * and {@code devEUI} fields of a JMS message. The command is always plain JSON, whatever the
 * event encoding (as in ChirpStack v3).
 *
 * <p>Checks made here: well-formed JSON object, FPort 1..223 (LoRaWAN 1.0.4 §4.3.2: 0 carries MAC
 * commands only, 224 is the test port), strict base64, at most {@link #MAX_FRM_PAYLOAD} bytes (the
 * largest FRMPayload of any region), and a message of at most {@link #MAX_MESSAGE_BYTES}. The
 * size for the device's data rate is checked when the item is queued.
 */
public final class DownlinkCommandReader {

  /** The largest command message accepted. */
  public static final int MAX_MESSAGE_BYTES = 16 * 1024;
  /** The largest FRMPayload LoRaWAN allows in any region (RP002-1.0.4, DR with N = 242). */
  public static final int MAX_FRM_PAYLOAD = 242;

  private DownlinkCommandReader() {}

  /** Reads a command whose application and device are known (the MQTT topic). */
  public static DownlinkCommand read(long applicationId, Eui64 devEui, byte[] message)
      throws RejectedDownlinkException {
    return command(applicationId, devEui, object(message));
  }

  /** Reads a command that names its application and device ({@code applicationID}, {@code devEUI}). */
  public static DownlinkCommand readAddressed(byte[] message) throws RejectedDownlinkException {
    JsonObject o = object(message);
    long applicationId = applicationId(o.get("applicationID"));
    JsonValue dev = o.get("devEUI");
    if (!(dev instanceof JsonString s) || !s.getString().matches("[0-9a-fA-F]{16}")) {
      throw new RejectedDownlinkException(
          RejectedDownlinkException.Reason.MALFORMED, "devEUI must be 16 hex digits");
    }
    return command(applicationId, Eui64.parse(s.getString()), o);
  }

  private static JsonObject object(byte[] message) throws RejectedDownlinkException {
    if (message.length > MAX_MESSAGE_BYTES) {
      throw new RejectedDownlinkException(RejectedDownlinkException.Reason.TOO_LARGE,
          "the command has " + message.length + " bytes, more than " + MAX_MESSAGE_BYTES);
    }
    try (JsonReader r = JSON.createReader(new ByteArrayInputStream(message))) {
      JsonValue v = r.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new RejectedDownlinkException(
            RejectedDownlinkException.Reason.MALFORMED, "the command is not a JSON object");
      }
      return v.asJsonObject();
    } catch (JsonException | IllegalStateException e) {
      throw new RejectedDownlinkException(
          RejectedDownlinkException.Reason.MALFORMED, "the command is not valid JSON: "
              + e.getMessage());
    }
  }

  private static DownlinkCommand command(long applicationId, Eui64 devEui, JsonObject o)
      throws RejectedDownlinkException {
    boolean confirmed = confirmed(o.get("confirmed"));
    int fPort = fPort(o.get("fPort"));
    JsonValue data = o.get("data");
    JsonValue object = o.get("object");
    boolean hasData = data != null && data != JsonValue.NULL
        && !(data instanceof JsonString s && s.getString().isEmpty() && object != null);
    if (hasData) {
      return new DownlinkCommand(applicationId, devEui, confirmed, fPort, bytes(data), null);
    }
    if (object instanceof JsonObject obj) {
      return new DownlinkCommand(applicationId, devEui, confirmed, fPort, null, obj);
    }
    if (object != null && object != JsonValue.NULL) {
      throw new RejectedDownlinkException(
          RejectedDownlinkException.Reason.MALFORMED, "object must be a JSON object");
    }
    throw new RejectedDownlinkException(
        RejectedDownlinkException.Reason.MALFORMED, "the command has neither data nor object");
  }

  private static boolean confirmed(JsonValue v) throws RejectedDownlinkException {
    if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
      return false;
    }
    if (v == JsonValue.TRUE) {
      return true;
    }
    throw new RejectedDownlinkException(
        RejectedDownlinkException.Reason.MALFORMED, "confirmed must be true or false");
  }

  private static int fPort(JsonValue v) throws RejectedDownlinkException {
    if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
      throw new RejectedDownlinkException(
          RejectedDownlinkException.Reason.BAD_FPORT, "fPort must be a whole number from 1 to 223");
    }
    long port = n.longValue();
    if (port < 1 || port > 223) {
      throw new RejectedDownlinkException(RejectedDownlinkException.Reason.BAD_FPORT,
          "fPort must be from 1 to 223, got " + n);
    }
    return (int) port;
  }

  private static byte[] bytes(JsonValue v) throws RejectedDownlinkException {
    if (!(v instanceof JsonString s)) {
      throw new RejectedDownlinkException(
          RejectedDownlinkException.Reason.BAD_DATA, "data must be a base64 string");
    }
    byte[] b;
    try {
      b = Base64.getDecoder().decode(s.getString());
    } catch (IllegalArgumentException e) {
      throw new RejectedDownlinkException(
          RejectedDownlinkException.Reason.BAD_DATA, "data is not valid base64: " + e.getMessage());
    }
    if (b.length > MAX_FRM_PAYLOAD) {
      throw new RejectedDownlinkException(RejectedDownlinkException.Reason.TOO_LARGE,
          "data has " + b.length + " bytes, more than the " + MAX_FRM_PAYLOAD + " LoRaWAN allows");
    }
    return b;
  }

  private static long applicationId(JsonValue v) throws RejectedDownlinkException {
    try {
      if (v instanceof JsonString s) {
        return Long.parseLong(s.getString());
      }
      if (v instanceof JsonNumber n && n.isIntegral()) {
        return n.longValueExact();
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // explained below
    }
    throw new RejectedDownlinkException(
        RejectedDownlinkException.Reason.MALFORMED, "applicationID must be a whole number");
  }
}
