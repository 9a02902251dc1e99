package io.longwave.downlink.scheduler;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ApplicationEvents;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.data.ClassCDownlinkFlow;
import io.longwave.lorawan.Eui64;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.session.LastUplinkGateway;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Class C downlink scheduler (ChirpStack v4 {@code
 * downlink::scheduler::schedule_device_queue_batch}, v3 {@code internal/downlink/scheduler}).
 * Each run takes a batch of Class C devices with queue items and, for each, runs the steps {@code
 * findSession}, {@code checkDeviceEnabled}, {@code checkLocks}, {@code handlePendingItem} and
 * {@code sendNextQueueItem}.
 *
 * <p>Locks: after a data uplink the device is left alone for the RX2 delay plus 2 s (ChirpStack
 * v3), so that a Class C downlink does not fall into the Class A receive windows the uplink
 * opened; after a downlink was handed to a gateway it is left alone for the Class C lock
 * duration (ChirpStack v4 {@code class_c_lock_duration}, 5 s by default), so that the next run
 * does not send again before the TX acknowledgement has moved the counter and queue on.
 *
 * <p>A confirmed item sent in Class C waits for its acknowledgement until the timeout {@code
 * TxAckFlow} gave it; then it is deleted with an {@link AckEvent} that says it was not
 * acknowledged, and the next item may go. Until then nothing else is sent to the device.
 *
 * <p>Batches walk the devices in DevEUI order, continuing after the last device of the previous
 * run, so that locked devices at the start of the order cannot keep the others waiting. Locks of
 * sends are kept in memory (one network-server instance). Threading: runs are serialised.
 */
public final class ClassCScheduler {

  /** ChirpStack v4's default {@code class_c_lock_duration}. */
  public static final Duration DEFAULT_CLASS_C_LOCK = Duration.ofSeconds(5);

  /** Added to the RX2 delay for the lock after an uplink (ChirpStack v3). */
  static final Duration UPLINK_LOCK_MARGIN = Duration.ofSeconds(2);

  private static final System.Logger LOG = System.getLogger(ClassCScheduler.class.getName());

  private final DeviceQueueRepository queue;
  private final DeviceSessionRepository sessions;
  private final DeviceRepository devices;
  private final ApplicationEvents events;
  private final ClassCDownlinkFlow downlinks;
  private final Duration classCLock;
  private final Map<Eui64, Instant> lockedUntil = new HashMap<>();
  private Eui64 cursor;

  public ClassCScheduler(
      DeviceQueueRepository queue,
      DeviceSessionRepository sessions,
      DeviceRepository devices,
      ApplicationEvents events,
      ClassCDownlinkFlow downlinks,
      Duration classCLock) {
    this.queue = Objects.requireNonNull(queue, "queue");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.events = Objects.requireNonNull(events, "events");
    this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
    this.classCLock = Objects.requireNonNull(classCLock, "classCLock");
    if (classCLock.isNegative()) {
      throw new IllegalArgumentException("the Class C lock cannot be negative: " + classCLock);
    }
  }

  /**
   * One run over at most {@code batchSize} devices.
   *
   * @return the number of downlinks handed to gateways
   */
  public synchronized int runOnce(Instant now, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("a batch has at least one device, got " + batchSize);
    }
    lockedUntil.values().removeIf(until -> !until.isAfter(now));
    List<Eui64> batch = queue.devicesWithQueuedItems(DeviceClass.C, now, cursor, batchSize);
    cursor = batch.size() < batchSize ? null : batch.get(batch.size() - 1);
    int sent = 0;
    for (Eui64 devEui : batch) {
      try {
        if (scheduleDevice(devEui, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Class C scheduling of " + devEui + " failed", e);
      }
    }
    return sent;
  }

  /** True when a downlink went to a gateway. */
  private boolean scheduleDevice(Eui64 devEui, Instant now) {
    Optional<DeviceSession> found = findSession(devEui);
    if (found.isEmpty() || !checkDeviceEnabled(devEui)) {
      return false;
    }
    DeviceSession session = found.get();
    if (checkLocks(session, now) || !handlePendingItem(devEui, now)) {
      return false;
    }
    return sendNextQueueItem(session, now);
  }

  /** The session, if the device is activated and (still) in Class C. */
  private Optional<DeviceSession> findSession(Eui64 devEui) {
    return sessions.find(devEui).filter(s -> s.deviceClass() == DeviceClass.C);
  }

  private boolean checkDeviceEnabled(Eui64 devEui) {
    return devices.find(devEui).map(d -> !d.disabled()).orElse(false);
  }

  /** True when the device is locked: just heard, or just sent to. */
  private boolean checkLocks(DeviceSession session, Instant now) {
    Instant sentLock = lockedUntil.get(session.devEui());
    if (sentLock != null && now.isBefore(sentLock)) {
      return true;
    }
    LastUplinkGateway last = session.lastUplinkGateway();
    return last != null && now.isBefore(uplinkLockEnd(session, last));
  }

  /** The RX2 delay (RX1 delay + 1 s) plus the margin after the uplink. */
  static Instant uplinkLockEnd(DeviceSession session, LastUplinkGateway last) {
    long rx2DelaySeconds = Math.max(1, session.rx1Delay()) + 1L;
    return last.at().plusSeconds(rx2DelaySeconds).plus(UPLINK_LOCK_MARGIN);
  }

  /**
   * A pending confirmed item whose timeout passed is deleted with a negative {@link AckEvent}.
   *
   * @return false while a pending item still waits for its acknowledgement
   */
  private boolean handlePendingItem(Eui64 devEui, Instant now) {
    Optional<DeviceQueueItem> next = queue.next(devEui);
    if (next.isEmpty() || !next.get().pending()) {
      return true;
    }
    DeviceQueueItem pending = next.get();
    if (pending.timeoutAfter() == null || !pending.timeoutAfter().isBefore(now)) {
      return false;
    }
    queue.delete(pending.id());
    LOG.log(Level.INFO, () -> "confirmed downlink " + pending.id() + " to " + devEui
        + " not acknowledged before " + pending.timeoutAfter());
    events.acked(new AckEvent(devEui, pending.id(), false, pending.fCntDown()));
    return true;
  }

  /** Sends the next item; any attempt locks the device for the Class C lock duration. */
  private boolean sendNextQueueItem(DeviceSession session, Instant now) {
    ClassCDownlinkFlow.Result result = downlinks.handle(session, now);
    if (result == ClassCDownlinkFlow.Result.SENT || result == ClassCDownlinkFlow.Result.NOT_SENT) {
      lockedUntil.put(session.devEui(), now.plus(classCLock));
    } else if (result == ClassCDownlinkFlow.Result.NO_GATEWAY) {
      LOG.log(Level.DEBUG, "no gateway known for Class C device {0}", session.devEui());
    }
    return result == ClassCDownlinkFlow.Result.SENT;
  }
}
