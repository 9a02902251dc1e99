package io.longwave.framelog;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.Eui64;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The {@link FrameLog} in memory, as ChirpStack v3's {@code [monitoring]} per-device frame
 * history: a {@link FrameRing} per device and one per gateway, each keeping the last {@code
 * capacity} frames (configuration key {@value #SIZE_KEY}, default {@value #DEFAULT_SIZE}).
 * Appending is O(1) per ring. A downlink waiting for its TX acknowledgement is also indexed by
 * downlink id until it is acknowledged or leaves its device's ring (a multicast frame, logged for
 * its gateway only: its gateway's ring).
 *
 * <p>Threading: thread-safe. Subscribers are called on the logging thread after the frame is
 * stored; one that throws is logged and does not stop the others.
 */
public final class InMemoryFrameLog implements FrameLog {

  /** The configuration key of the history size per device and per gateway. */
  public static final String SIZE_KEY = "longwave.network.frame-log-size";

  /** The history size per device and per gateway when none is configured. */
  public static final int DEFAULT_SIZE = 20;

  private static final Logger LOG = System.getLogger(InMemoryFrameLog.class.getName());

  private final int capacity;
  private final ConcurrentHashMap<Eui64, FrameRing> devices = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<GatewayId, FrameRing> gateways = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, LoggedDownlink> unacknowledged = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Eui64, CopyOnWriteArrayList<Consumer<LoggedFrame>>>
      subscribers = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<GatewayId, CopyOnWriteArrayList<Consumer<LoggedFrame>>>
      gatewaySubscribers = new ConcurrentHashMap<>();

  /** A log keeping {@value #DEFAULT_SIZE} frames per device and per gateway. */
  public InMemoryFrameLog() {
    this(DEFAULT_SIZE);
  }

  /** A log keeping {@code capacity} frames per device and per gateway. */
  public InMemoryFrameLog(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException(
          "the frame log keeps at least 1 frame per device, got " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The history size from configuration ({@code lookup} maps a key to its value or null).
   *
   * @throws IllegalArgumentException naming the key when the value is not a number from 1 to
   *     10000
   */
  public static int configuredSize(Function<String, String> lookup) {
    String v = lookup.apply(SIZE_KEY);
    if (v == null || v.isBlank()) {
      return DEFAULT_SIZE;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SIZE_KEY + " must be a whole number, got " + v, e);
    }
    if (n < 1 || n > 10_000) {
      throw new IllegalArgumentException(SIZE_KEY + " must be between 1 and 10000, got " + v);
    }
    return n;
  }

  /** The number of frames kept per device and per gateway. */
  public int capacity() {
    return capacity;
  }

  @Override
  public void uplink(LoggedUplink frame) {
    List<UplinkRxInfo> rx = frame.rxInfo();
    for (int i = 0; i < rx.size(); i++) {
      GatewayId gw = rx.get(i).gatewayId();
      if (!heardEarlier(rx, i, gw)) {
        ring(gateways, gw).add(frame);
        notify(gatewaySubscribers, gw, frame);
      }
    }
    if (frame.devEui() != null) {
      addForDevice(frame.devEui(), frame);
      notify(frame.devEui(), frame);
    }
  }

  /** True when an earlier reception (another antenna) came from the same gateway. */
  private static boolean heardEarlier(List<UplinkRxInfo> rx, int index, GatewayId gw) {
    for (int j = 0; j < index; j++) {
      if (rx.get(j).gatewayId().equals(gw)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void downlink(LoggedDownlink frame) {
    if (!frame.acknowledged()) {
      unacknowledged.put(frame.downlinkId(), frame);
    }
    LoggedFrame evicted = ring(gateways, frame.gatewayId()).add(frame);
    if (evicted instanceof LoggedDownlink d && d.multicast() && !d.acknowledged()) {
      unacknowledged.remove(d.downlinkId(), d);
    }
    if (!frame.multicast()) {
      addForDevice(frame.devEui(), frame);
      notify(frame.devEui(), frame);
    }
    notify(gatewaySubscribers, frame.gatewayId(), frame);
  }

  @Override
  public void txAck(DownlinkTxAck ack) {
    LoggedDownlink logged = unacknowledged.remove(ack.downlinkId());
    if (logged == null) {
      return;
    }
    LoggedDownlink updated = logged.withTxAck(ack);
    FrameRing device = updated.multicast() ? null : devices.get(updated.devEui());
    if (device != null) {
      device.replace(updated);
    }
    FrameRing gateway = gateways.get(updated.gatewayId());
    if (gateway != null) {
      gateway.replace(updated);
    }
    if (!updated.multicast()) {
      notify(updated.devEui(), updated);
    }
    notify(gatewaySubscribers, updated.gatewayId(), updated);
  }

  @Override
  public List<LoggedFrame> deviceFrames(Eui64 devEui, int max) {
    return newest(devices.get(Objects.requireNonNull(devEui, "devEui")), max);
  }

  @Override
  public List<LoggedFrame> gatewayFrames(GatewayId gatewayId, int max) {
    return newest(gateways.get(Objects.requireNonNull(gatewayId, "gatewayId")), max);
  }

  @Override
  public AutoCloseable subscribe(Eui64 devEui, Consumer<LoggedFrame> listener) {
    return subscribe(subscribers, Objects.requireNonNull(devEui, "devEui"), listener);
  }

  @Override
  public AutoCloseable subscribeGateway(GatewayId gatewayId, Consumer<LoggedFrame> listener) {
    return subscribe(gatewaySubscribers, Objects.requireNonNull(gatewayId, "gatewayId"),
        listener);
  }

  private static <K> AutoCloseable subscribe(
      ConcurrentHashMap<K, CopyOnWriteArrayList<Consumer<LoggedFrame>>> all, K key,
      Consumer<LoggedFrame> listener) {
    Objects.requireNonNull(listener, "listener");
    all.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
    return () -> all.computeIfPresent(key, (k, list) -> {
      list.remove(listener);
      return list.isEmpty() ? null : list;
    });
  }

  private void addForDevice(Eui64 devEui, LoggedFrame frame) {
    LoggedFrame evicted = ring(devices, devEui).add(frame);
    if (evicted instanceof LoggedDownlink d && !d.acknowledged()) {
      unacknowledged.remove(d.downlinkId(), d);
    }
  }

  private <K> FrameRing ring(ConcurrentHashMap<K, FrameRing> rings, K key) {
    FrameRing r = rings.get(key);
    return r != null ? r : rings.computeIfAbsent(key, k -> new FrameRing(capacity));
  }

  private static List<LoggedFrame> newest(FrameRing ring, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative, got " + max);
    }
    return ring == null ? List.of() : ring.newest(max);
  }

  private void notify(Eui64 devEui, LoggedFrame frame) {
    notify(subscribers, devEui, frame);
  }

  private static <K> void notify(
      ConcurrentHashMap<K, CopyOnWriteArrayList<Consumer<LoggedFrame>>> all, K key,
      LoggedFrame frame) {
    CopyOnWriteArrayList<Consumer<LoggedFrame>> list = all.get(key);
    if (list == null) {
      return;
    }
    for (Consumer<LoggedFrame> l : list) {
      try {
        l.accept(frame);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "a frame log subscriber of " + key + " failed", e);
      }
    }
  }
}
