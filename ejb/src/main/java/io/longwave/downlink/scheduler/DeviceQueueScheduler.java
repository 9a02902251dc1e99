package io.longwave.downlink.scheduler;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.ApplicationEvents;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.data.ScheduledDownlinkFlow;
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
 * The Class B and Class C downlink scheduler (ChirpStack v4 {@code
 * downlink::scheduler::schedule_device_queue_batch}, v3 {@code internal/downlink/scheduler}), one
 * instance per class with the downlink flow of that class. Each run takes a batch of devices of
 * the class with queue items and, for each, runs the steps {@code findSession}, {@code
 * checkDeviceEnabled}, {@code checkLocks}, {@code handlePendingItem} and {@code
 * sendNextQueueItem}.
 *
 * <p>Locks: after a data uplink the device is left alone for the RX2 delay plus 2 s (ChirpStack
 * v3), so that a scheduled downlink does not fall into the Class A receive windows the uplink
 * opened; after a downlink was handed to a gateway it is left alone for the lock duration
 * (ChirpStack v4 {@code class_c_lock_duration}, 5 s by default) or, for a Class B downlink, until
 * its ping slot has passed if that is later, so that the next run does not send again before the
 * TX acknowledgement has moved the counter and queue on, nor pick the same ping slot twice.
 *
 * <p>A confirmed item sent in Class B or C waits for its acknowledgement until the timeout {@code
 * TxAckFlow} gave it (the Class C timeout after the send, the Class B timeout after the ping
 * slot); then it is deleted with an {@link AckEvent} that says it was not acknowledged, and the
 * next item may go. Until then nothing else is sent to the device. A device whose session leaves
 * the class (a Class B device clearing the FCtrl ClassB bit falls back to Class A) is no longer
 * scheduled.
 *
 * <p>Batches walk the devices in DevEUI order, continuing after the last device of the previous
 * run, so that locked devices at the start of the order cannot keep the others waiting. Locks of
 * sends are kept in memory (one network-server instance). Threading: runs are serialised.
 */
public final class DeviceQueueScheduler {

  /** ChirpStack v4's default {@code class_c_lock_duration}, used for Class B as well. */
  public static final Duration DEFAULT_LOCK = Duration.ofSeconds(5);

  /** Added to the RX2 delay for the lock after an uplink (ChirpStack v3). */
  static final Duration UPLINK_LOCK_MARGIN = Duration.ofSeconds(2);

  private static final System.Logger LOG = System.getLogger(DeviceQueueScheduler.class.getName());

  private final DeviceQueueRepository queue;
  private final DeviceSessionRepository sessions;
  private final DeviceRepository devices;
  private final ApplicationEvents events;
  private final DeviceClass deviceClass;
  private final ScheduledDownlinkFlow downlinks;
  private final Duration lock;
  private final Map<Eui64, Instant> lockedUntil = new HashMap<>();
  private Eui64 cursor;

  /**
   * @param deviceClass B or C: the devices scheduled
   * @param downlinks the downlink flow of that class
   * @param lock how long a device is left alone after a downlink was handed to a gateway
   */
  public DeviceQueueScheduler(
      DeviceClass deviceClass,
      DeviceQueueRepository queue,
      DeviceSessionRepository sessions,
      DeviceRepository devices,
      ApplicationEvents events,
      ScheduledDownlinkFlow downlinks,
      Duration lock) {
    this.deviceClass = Objects.requireNonNull(deviceClass, "deviceClass");
    if (deviceClass == DeviceClass.A) {
      throw new IllegalArgumentException("Class A downlinks answer uplinks; none is scheduled");
    }
    this.queue = Objects.requireNonNull(queue, "queue");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.events = Objects.requireNonNull(events, "events");
    this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
    this.lock = Objects.requireNonNull(lock, "lock");
    if (lock.isNegative()) {
      throw new IllegalArgumentException("the lock cannot be negative: " + lock);
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
    List<Eui64> batch = queue.devicesWithQueuedItems(deviceClass, now, cursor, batchSize);
    cursor = batch.size() < batchSize ? null : batch.get(batch.size() - 1);
    int sent = 0;
    for (Eui64 devEui : batch) {
      try {
        if (scheduleDevice(devEui, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Class " + deviceClass + " scheduling of " + devEui + " failed", e);
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

  /** The session, if the device is activated and (still) in the class. */
  private Optional<DeviceSession> findSession(Eui64 devEui) {
    return sessions.find(devEui).filter(s -> s.deviceClass() == deviceClass);
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

  /**
   * Sends the next item; any attempt locks the device for the lock duration, a send at least
   * until the frame's emit time.
   */
  private boolean sendNextQueueItem(DeviceSession session, Instant now) {
    ScheduledDownlinkFlow.Outcome outcome = downlinks.handle(session, now);
    ScheduledDownlinkFlow.Result result = outcome.result();
    if (result == ScheduledDownlinkFlow.Result.SENT
        || result == ScheduledDownlinkFlow.Result.NOT_SENT) {
      Instant until = now.plus(lock);
      if (outcome.emitAt() != null && outcome.emitAt().isAfter(until)) {
        until = outcome.emitAt();
      }
      lockedUntil.put(session.devEui(), until);
    } else if (result == ScheduledDownlinkFlow.Result.NO_GATEWAY) {
      LOG.log(Level.DEBUG, "no gateway to reach Class {0} device {1}", deviceClass,
          session.devEui());
    }
    return result == ScheduledDownlinkFlow.Result.SENT;
  }
}
