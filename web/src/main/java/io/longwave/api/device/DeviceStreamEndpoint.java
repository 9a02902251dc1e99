package io.longwave.api.device;

import io.longwave.api.security.WebSocketProtocol;
import io.longwave.api.stream.BearerHandshake;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.auth.Caller;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceService;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A device's live frames and events over WebSocket, as ChirpStack v3's console opens them: the
 * path of the HTTP stream, the subprotocols {@code ["Bearer", <jwt>]}, the server answering with
 * {@code Bearer}; each message is one {@code {"result":{...}}}. A missing or refused token, a
 * malformed DevEUI, or a device the caller may not read close the socket with code 1008 (policy
 * violation) and the reason.
 */
@ServerEndpoint(value = "/api/devices/{devEUI}/{stream}",
    subprotocols = WebSocketProtocol.BEARER,
    configurator = BearerHandshake.class)
public class DeviceStreamEndpoint {

  private static final System.Logger LOG =
      System.getLogger(DeviceStreamEndpoint.class.getName());
  private static final ExecutorService PUMPS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "device-stream");
    t.setDaemon(true);
    return t;
  });

  private volatile DeviceStreams.Subscription subscription;

  /**
   * Jakarta WebSocket 2.1 section 4.1 lets an {@code @OnOpen} method take the {@link Session},
   * the {@link EndpointConfig} (that type exactly: Tyrus refuses a {@code ServerEndpointConfig}
   * parameter) and {@code @PathParam} strings.
   */
  @OnOpen
  public void open(Session session, EndpointConfig config,
      @PathParam("devEUI") String devEui, @PathParam("stream") String stream) {
    try {
      DeviceStreams.Kind kind = switch (stream) {
        case "frames" -> DeviceStreams.Kind.FRAMES;
        case "events" -> DeviceStreams.Kind.EVENTS;
        default -> throw ApiException.notFound("no stream " + stream);
      };
      Eui64 eui = Eui64.parse(devEui);
      Object token = config.getUserProperties().get(BearerHandshake.TOKEN);
      AccessPolicy policy = policy(token == null ? null : token.toString());
      CDI.current().select(DeviceService.class).get().get(policy, eui);
      DeviceStreams.Subscription s =
          CDI.current().select(DeviceStreams.class).get().subscribe(eui, kind);
      subscription = s;
      PUMPS.execute(() -> pump(session, s));
    } catch (AuthenticationException | ApiException | AccessDeniedException
        | LorawanFormatException | IllegalArgumentException e) {
      close(session, e.getMessage());
    }
  }

  private static AccessPolicy policy(String token) throws AuthenticationException {
    if (token == null || token.isEmpty()) {
      throw new AuthenticationException("the Bearer subprotocol with a token is missing");
    }
    Caller caller = CDI.current().select(AuthenticationService.class).get().authenticate(token);
    OrganizationRepository organizations =
        CDI.current().select(OrganizationRepository.class).get();
    return new AccessPolicy(caller, org -> caller instanceof Caller.User u
        ? organizations.membership(org, u.userId()).map(OrganizationUser::role)
        : Optional.empty());
  }

  private static void pump(Session session, DeviceStreams.Subscription s) {
    try (s) {
      while (session.isOpen()) {
        JsonObject next = s.next(1000);
        if (next != null) {
          session.getBasicRemote().sendText(next.toString());
        }
      }
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "device stream closed: {0}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @OnClose
  public void closed() {
    DeviceStreams.Subscription s = subscription;
    if (s != null) {
      s.close();
    }
  }

  @OnError
  public void failed(Throwable t) {
    LOG.log(Level.DEBUG, "device stream failed: {0}", t.toString());
  }

  private static void close(Session session, String reason) {
    try {
      String r = reason == null ? "refused" : reason;
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
          r.length() > 120 ? r.substring(0, 120) : r));
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing a refused device stream failed", e);
    }
  }
}
