package io.longwave.api.stream;

import io.longwave.api.security.WebSocketProtocol;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * Takes the token of a WebSocket upgrade from its subprotocols, as ChirpStack's console sends it
 * ({@code Sec-WebSocket-Protocol: Bearer, <jwt>}), into the session's user properties (a copy per
 * session since Jakarta WebSocket 2.1). The {@code Bearer} subprotocol is the one negotiated.
 */
public class BearerHandshake extends ServerEndpointConfig.Configurator {

  /** The user-property key of the token; absent when the upgrade carried none. */
  public static final String TOKEN = "io.longwave.api.stream.token";

  @Override
  public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request,
      HandshakeResponse response) {
    List<String> values = request.getHeaders().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(WebSocketProtocol.HEADER))
        .flatMap(e -> e.getValue().stream())
        .toList();
    config.getUserProperties().remove(TOKEN);
    WebSocketProtocol.token(String.join(",", values))
        .ifPresent(t -> config.getUserProperties().put(TOKEN, t));
  }
}
