package io.longwave.api.stream;

import io.longwave.framelog.LoggedFrame;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A frame log streamed over HTTP as grpc-gateway streams a gRPC server stream: one {@code
 * {"result":{...}}} line per frame, the recent history first (oldest first), then each new frame
 * as it is logged. Frames wait in a queue of {@value #CAPACITY}; the logging thread never
 * blocks, and frames that do not fit are dropped and counted. While nothing happens a newline is
 * written every {@link #KEEP_ALIVE}, so that a closed connection is noticed and the subscription
 * ends. Threading: runs on the request's thread until the client goes away.
 */
public final class FrameStreamOutput implements StreamingOutput {

  static final int CAPACITY = 256;
  static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
  private static final Logger LOG = System.getLogger(FrameStreamOutput.class.getName());

  private final Function<Consumer<LoggedFrame>, AutoCloseable> subscribe;
  private final Supplier<List<LoggedFrame>> newestFirst;
  private final Duration keepAlive;
  private final BlockingQueue<LoggedFrame> queue = new ArrayBlockingQueue<>(CAPACITY);
  private volatile long dropped;

  /**
   * @param subscribe subscribes a listener to the log, e.g. {@code l -> log.subscribeGateway(id,
   *     l)}
   * @param newestFirst the recent history, newest first
   */
  public FrameStreamOutput(Function<Consumer<LoggedFrame>, AutoCloseable> subscribe,
      Supplier<List<LoggedFrame>> newestFirst) {
    this(subscribe, newestFirst, KEEP_ALIVE);
  }

  FrameStreamOutput(Function<Consumer<LoggedFrame>, AutoCloseable> subscribe,
      Supplier<List<LoggedFrame>> newestFirst, Duration keepAlive) {
    this.subscribe = subscribe;
    this.newestFirst = newestFirst;
    this.keepAlive = keepAlive;
  }

  @Override
  public void write(OutputStream out) throws IOException {
    try (AutoCloseable subscription = subscribe.apply(this::offer)) {
      List<LoggedFrame> history = newestFirst.get();
      Set<LoggedFrame> sent = Collections.newSetFromMap(new IdentityHashMap<>());
      // A first keep-alive newline sends the headers at once, before any frame.
      out.write('\n');
      for (int i = history.size() - 1; i >= 0; i--) {
        line(out, history.get(i));
        sent.add(history.get(i));
      }
      out.flush();
      while (true) {
        LoggedFrame f = queue.poll(keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        if (f == null) {
          out.write('\n');
        } else if (!sent.remove(f)) {
          line(out, f);
        }
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      LOG.log(Level.DEBUG, "frame stream closed: {0}", e.getMessage());
    } catch (Exception e) {
      LOG.log(Level.WARNING, "frame stream failed", e);
    }
  }

  private void offer(LoggedFrame frame) {
    if (!queue.offer(frame)) {
      dropped++;
      LOG.log(Level.DEBUG, "frame stream too slow: {0} frames dropped", dropped);
    }
  }

  /** Frames that did not fit in the queue. */
  long dropped() {
    return dropped;
  }

  private static void line(OutputStream out, LoggedFrame f) throws IOException {
    out.write(FrameLogJson.result(f).toString().getBytes(StandardCharsets.UTF_8));
    out.write('\n');
  }
}
