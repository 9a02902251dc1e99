package io.longwave.codec;

import jakarta.json.JsonObject;
import java.util.Map;

/**
 * Decodes uplink payloads into objects and encodes downlink objects into payloads, for one
 * device profile.
 *
 * <p>Threading: implementations are thread-safe. Failure modes: bad input and script failures are
 * {@link CodecException}s; no other exception escapes for any input.
 */
public interface PayloadCodec {

  /**
   * Decodes the plain FRMPayload of an uplink.
   *
   * @param fPort the uplink's FPort (1..223)
   * @param bytes the decrypted FRMPayload
   * @param variables the device's variables (ChirpStack {@code variables}), never null
   * @throws CodecException when the payload cannot be decoded
   */
  DecodedUplink decodeUplink(int fPort, byte[] bytes, Map<String, String> variables)
      throws CodecException;

  /**
   * Encodes an object for a downlink.
   *
   * @param fPort the downlink's FPort (1..223)
   * @param object the object the application gave
   * @param variables the device's variables, never null
   * @return the plain FRMPayload
   * @throws CodecException when the object cannot be encoded
   */
  byte[] encodeDownlink(int fPort, JsonObject object, Map<String, String> variables)
      throws CodecException;
}
