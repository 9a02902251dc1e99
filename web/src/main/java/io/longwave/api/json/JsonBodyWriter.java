package io.longwave.api.json;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link JsonValue} answers (objects, arrays) as compact UTF-8 JSON, with their {@code
 * Content-Length} (the application writes answers unbuffered, see {@code RestApplication}).
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonBodyWriter implements MessageBodyWriter<JsonValue> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return JsonValue.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      JsonValue value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream)
      throws IOException {
    byte[] body = value.toString().getBytes(StandardCharsets.UTF_8);
    httpHeaders.putSingle(HttpHeaders.CONTENT_LENGTH, body.length);
    entityStream.write(body);
  }
}
