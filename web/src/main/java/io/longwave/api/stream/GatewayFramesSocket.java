package io.longwave.api.stream;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.error.ApiError;
import io.longwave.api.error.ErrorClassifier;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.GatewayService;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LoggedFrame;
import io.longwave.lorawan.Eui64;
import io.longwave.api.json.Values;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code /api/gateways/{id}/frames} as a WebSocket, the way ChirpStack's console opens it: the
 * token in the subprotocols, then one text message {@code {"result":{...}}} per frame (recent
 * history first). A refusal is one message {@code {"error":{...}}} as grpc-gateway's WebSocket
 * proxy sends it, then the socket is closed. At most {@value #MAX_IN_FLIGHT} messages wait for a
 * slow client; more are dropped so that the logging thread never waits.
 */
@ServerEndpoint(value = "/api/gateways/{id}/frames", subprotocols = "Bearer",
    configurator = BearerHandshake.class)
public class GatewayFramesSocket {

  static final int MAX_IN_FLIGHT = 256;
  private static final Logger LOG = System.getLogger(GatewayFramesSocket.class.getName());
  private static final String SUBSCRIPTION = "io.longwave.api.stream.subscription";

  @Inject AuthenticationService authentication;
  @Inject OrganizationRepository organizations;
  @Inject GatewayService gateways;
  @Inject io.longwave.network.NetworkServer networkServer;

  @OnOpen
  public void open(Session session, EndpointConfig config, @PathParam("id") String id) {
    GatewayId gw;
    try {
      Object token = config.getUserProperties().get(BearerHandshake.TOKEN);
      if (token == null) {
        throw ApiException.unauthenticated("authorization token is missing");
      }
      Eui64 gatewayId = Values.eui64("gateway_id", id);
      gateways.get(CurrentCaller.policyOf(authentication.authenticate(token.toString()),
          organizations), gatewayId);
      gw = new GatewayId(gatewayId.value());
    } catch (RuntimeException | io.longwave.application.auth.AuthenticationException e) {
      refuse(session, ErrorClassifier.classify(e));
      return;
    }
    FrameLog log = networkServer.frameLog();
    AtomicInteger inFlight = new AtomicInteger();
    List<LoggedFrame> history = log.gatewayFrames(gw, Integer.MAX_VALUE);
    for (int i = history.size() - 1; i >= 0; i--) {
      send(session, inFlight, history.get(i));
    }
    session.getUserProperties().put(SUBSCRIPTION,
        log.subscribeGateway(gw, f -> send(session, inFlight, f)));
  }

  @OnClose
  public void close(Session session) {
    Object s = session.getUserProperties().remove(SUBSCRIPTION);
    if (s instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "ending a frame subscription failed", e);
      }
    }
  }

  @OnError
  public void error(Session session, Throwable t) {
    LOG.log(Level.DEBUG, "frame socket failed: {0}", t.toString());
    close(session);
  }

  private static void send(Session session, AtomicInteger inFlight, LoggedFrame frame) {
    if (!session.isOpen() || inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
      inFlight.decrementAndGet();
      return;
    }
    session.getAsyncRemote().sendText(FrameLogJson.result(frame).toString(),
        result -> inFlight.decrementAndGet());
  }

  private static String reason(int status) {
    jakarta.ws.rs.core.Response.Status s = jakarta.ws.rs.core.Response.Status.fromStatusCode(
        status);
    return s == null ? Integer.toString(status) : s.getReasonPhrase();
  }

  private static void refuse(Session session, ApiError e) {
    try {
      session.getBasicRemote().sendText(JSON.createObjectBuilder().add("error",
          JSON.createObjectBuilder()
              .add("grpcCode", e.code().grpcCode())
              .add("httpCode", e.httpStatus())
              .add("message", e.message())
              .add("httpStatus", reason(e.httpStatus()))
              .add("details", JSON.createArrayBuilder())).build().toString());
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
          e.message().length() > 120 ? e.message().substring(0, 120) : e.message()));
    } catch (IOException ex) {
      LOG.log(Level.DEBUG, "closing a refused frame socket failed: {0}", ex.toString());
    }
  }
}
