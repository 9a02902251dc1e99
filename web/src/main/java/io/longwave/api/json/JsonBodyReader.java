package io.longwave.api.json;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.application.error.ApiException;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads request bodies as {@link JsonObject}: an empty body is {@code {}} (as grpc-gateway
 * treats it); malformed JSON, a non-object or a body over {@value #MAX_BYTES} bytes answer 400
 * with a message, never 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonBodyReader implements MessageBodyReader<JsonObject> {


  /** Larger than any management request, including codec scripts. */
  static final int MAX_BYTES = 1 << 20;

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == JsonObject.class;
  }

  @Override
  public JsonObject readFrom(
      Class<JsonObject> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    return parse(entityStream.readNBytes(MAX_BYTES + 1));
  }

  /** Parses a request body. */
  public static JsonObject parse(byte[] body) {
    if (body.length > MAX_BYTES) {
      throw ApiException.invalidArgument(
          "the request body is larger than " + MAX_BYTES + " bytes");
    }
    if (new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    JsonValue value;
    try (JsonReader r = JSON.createReader(new ByteArrayInputStream(body))) {
      value = r.readValue();
    } catch (JsonException e) {
      throw ApiException.invalidArgument(
          "the request body is not valid JSON: " + e.getMessage());
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ApiException.invalidArgument("the request body must be a JSON object");
    }
    return value.asJsonObject();
  }
}
