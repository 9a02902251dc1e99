package io.longwave.api.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The token of a WebSocket upgrade, which browsers cannot give a header: ChirpStack's console
 * offers the subprotocols {@code ["Bearer", <jwt>]}, sent as {@code Sec-WebSocket-Protocol:
 * Bearer, <jwt>}; the server then answers with the subprotocol {@code Bearer}.
 */
public final class WebSocketProtocol {

  public static final String HEADER = "Sec-WebSocket-Protocol";
  public static final String BEARER = "Bearer";

  private WebSocketProtocol() {}

  /** The token from a {@code Sec-WebSocket-Protocol} value; empty when there is none. */
  public static Optional<String> token(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    List<String> parts = Arrays.stream(header.split(",")).map(String::strip).toList();
    int i = 0;
    while (i < parts.size() && !parts.get(i).equalsIgnoreCase(BEARER)) {
      i++;
    }
    return i + 1 < parts.size() && !parts.get(i + 1).isEmpty()
        ? Optional.of(parts.get(i + 1))
        : Optional.empty();
  }
}
