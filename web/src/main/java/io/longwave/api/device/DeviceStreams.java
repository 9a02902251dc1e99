package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.lang.System.Logger.Level;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live streams of a device (ChirpStack v3 {@code StreamFrameLogs} and {@code
 * StreamEventLogs}): each subscription is a bounded queue of the messages to send, fed by the
 * frame log or the {@link DeviceEventHub} without blocking them; when a slow reader lets the
 * queue fill up, newer messages are dropped and counted. Threading: thread-safe.
 */
@ApplicationScoped
public class DeviceStreams {


  /** Messages kept for one slow reader. */
  static final int CAPACITY = 1000;

  private static final System.Logger LOG = System.getLogger(DeviceStreams.class.getName());

  @Inject NetworkReadModels network;
  @Inject DeviceEventHub events;

  /** Which stream. */
  public enum Kind {
    FRAMES,
    EVENTS
  }

  /** One reader's subscription; {@link #close} ends it. */
  public static final class Subscription implements AutoCloseable {
    private final BlockingQueue<JsonObject> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong dropped = new AtomicLong();
    private AutoCloseable source;

    void offer(JsonObject message) {
      if (!queue.offer(message)) {
        dropped.incrementAndGet();
      }
    }

    /** The next message {@code {"result":{...}}}, or null after {@code timeoutMillis}. */
    public JsonObject next(long timeoutMillis) throws InterruptedException {
      return queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public long dropped() {
      return dropped.get();
    }

    @Override
    public void close() {
      try {
        if (source != null) {
          source.close();
        }
      } catch (Exception e) {
        LOG.log(Level.DEBUG, "closing a stream subscription failed", e);
      }
      if (dropped.get() > 0) {
        LOG.log(Level.INFO, "a slow stream reader missed {0} messages", dropped.get());
      }
    }
  }

  /** Subscribes to the device's frames or events; the caller checked the access. */
  public Subscription subscribe(Eui64 devEui, Kind kind) {
    Subscription s = new Subscription();
    s.source = kind == Kind.FRAMES
        ? network.frameLog().subscribe(devEui, f -> s.offer(result(FrameLogJson.frame(f))))
        : events.subscribe(devEui, e -> s.offer(result(event(e))));
    return s;
  }

  /** ChirpStack v3's device event log message for an event. */
  static JsonObject event(IntegrationEvent e) {
    return JSON.createObjectBuilder()
        .add("type", e.type().wireName())
        .add("payloadJSON", e.json().toString())
        .add("publishedAt", ProtoJson.timestamp(e.time()))
        .build();
  }

  static JsonObject result(JsonObject message) {
    return JSON.createObjectBuilder().add("result", message).build();
  }
}
