package io.longwave.api.json;

import io.longwave.application.error.ApiException;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import java.util.UUID;

/**
 * Path and query parameters read as the API's value types, each refusal an InvalidArgument
 * naming the parameter. Resources take parameters as strings and convert them here, so that a
 * malformed id answers 400 with a message rather than JAX-RS's bare 404.
 */
public final class Values {

  private Values() {}

  /** An int64 id such as an organization's, a user's or a network server's. */
  public static long id(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalidArgument(name + " is required");
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalidArgument(
          name + " must be an integer id, got \"" + RequestJson.abbreviate(value) + "\"");
    }
  }

  /** An optional int64 filter: null when absent, empty or {@code 0} (protobuf's default). */
  public static Long optionalId(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    long id = id(name, value);
    return id == 0 ? null : id;
  }

  /** An optional boolean query parameter; false when absent. */
  public static boolean flag(String name, String value) {
    if (value == null || value.isBlank()) {
      return false;
    }
    switch (value.strip()) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw ApiException.invalidArgument(name + " must be true or false");
    }
  }

  /** An EUI-64 (DevEUI, gateway id) of 16 hex digits. */
  public static Eui64 eui64(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalidArgument(name + " is required");
    }
    try {
      return Eui64.parse(value.strip());
    } catch (LorawanFormatException | IllegalArgumentException e) {
      throw ApiException.invalidArgument(
          name + " must be an EUI-64 of 16 hex digits, got \"" + RequestJson.abbreviate(value)
              + "\"");
    }
  }

  /** A UUID such as a profile's or an API key's id. */
  public static UUID uuid(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalidArgument(name + " is required");
    }
    try {
      String s = value.strip();
      UUID u = UUID.fromString(s);
      if (s.length() != 36) {
        throw new IllegalArgumentException();
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument(
          name + " must be a UUID, got \"" + RequestJson.abbreviate(value) + "\"");
    }
  }
}
