package io.longwave.console.live;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The socket of a live console page, {@code /console-live/{ticket}}: the ticket ({@link
 * LiveTickets}) names the device or gateway the page has read with the caller's rights, and the
 * socket then receives the text {@value LiveUpdates#CHANGED} whenever what the page shows has
 * changed. An unknown, expired or used ticket closes the socket with 1008 (policy violation).
 */
@ServerEndpoint("/console-live/{ticket}")
public class LivePageSocket {

  private static final Logger LOG = System.getLogger(LivePageSocket.class.getName());
  private static final String TARGET = "io.longwave.console.live.target";
  private static final String PAGE = "io.longwave.console.live.page";

  @Inject LiveTickets tickets;
  @Inject LiveUpdates live;

  @OnOpen
  public void open(Session session, @PathParam("ticket") String ticket) {
    Optional<LiveTickets.Target> target = tickets.redeem(ticket);
    Consumer<String> page = notice -> {
      if (session.isOpen()) {
        session.getAsyncRemote().sendText(notice);
      }
    };
    if (target.isEmpty() || !live.opened(target.get(), page)) {
      refuse(session);
      return;
    }
    session.getUserProperties().put(TARGET, target.get());
    session.getUserProperties().put(PAGE, page);
  }

  @OnClose
  @SuppressWarnings("unchecked")
  public void close(Session session) {
    Object target = session.getUserProperties().remove(TARGET);
    Object page = session.getUserProperties().remove(PAGE);
    if (target instanceof LiveTickets.Target t && page instanceof Consumer<?> p) {
      live.closed(t, (Consumer<String>) p);
    }
  }

  @OnError
  public void error(Session session, Throwable t) {
    LOG.log(Level.DEBUG, "a live page socket failed: {0}", t.toString());
    close(session);
  }

  private static void refuse(Session session) {
    try {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY,
          "unknown, expired or used ticket"));
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "closing a refused live page socket failed: {0}", e.toString());
    }
  }
}
