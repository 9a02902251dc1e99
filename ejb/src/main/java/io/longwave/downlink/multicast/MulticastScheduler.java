package io.longwave.downlink.multicast;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.domain.multicast.MulticastGroupRepository;
import io.longwave.domain.multicast.MulticastQueueRepository;
import io.longwave.downlink.PingSlotDownlinks;
import io.longwave.lorawan.LorawanFormatException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The multicast scheduler (ChirpStack v3 {@code downlink/multicast} run by the scheduler loop):
 * each run takes the queue items that are due, oldest first, and for each runs {@code
 * findGroup}, {@code checkPingSlot} (a Class B copy whose ping slot is less than {@link
 * #MIN_ADVANCE} away, because the scheduler ran late, moves to the group's next ping slot),
 * {@code takeItem} (removed before it is sent, so that no copy goes twice) and {@code send}. A
 * copy whose gateway is offline or whose frame cannot be built is dropped, logged and counted, as
 * ChirpStack does; a copy is not sent again when its gateway's TX acknowledgement reports an
 * error ({@link MulticastTxAckFlow} counts it). Threading: runs are serialised.
 */
public final class MulticastScheduler {

  /** The least time before a ping slot a Class B copy is still handed to its gateway. */
  public static final Duration MIN_ADVANCE = Duration.ofSeconds(1);

  private static final System.Logger LOG = System.getLogger(MulticastScheduler.class.getName());

  private final MulticastGroupRepository groups;
  private final MulticastQueueRepository queue;
  private final MulticastDownlinkFlow downlinks;
  private final MulticastQueuePlan plan;
  private final AtomicLong dropped = new AtomicLong();

  public MulticastScheduler(
      MulticastGroupRepository groups,
      MulticastQueueRepository queue,
      MulticastDownlinkFlow downlinks,
      MulticastQueuePlan plan) {
    this.groups = Objects.requireNonNull(groups, "groups");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.downlinks = Objects.requireNonNull(downlinks, "downlinks");
    this.plan = Objects.requireNonNull(plan, "plan");
  }

  /**
   * One run over at most {@code batchSize} due items.
   *
   * @return the number of frames handed to gateways
   */
  public synchronized int runOnce(Instant now, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("a batch has at least one item, got " + batchSize);
    }
    int sent = 0;
    for (MulticastQueueItem item : queue.due(now, batchSize)) {
      try {
        if (schedule(item, now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "multicast queue item " + item.id() + " failed", e);
      }
    }
    return sent;
  }

  /** Copies dropped so far: gateway offline or frame not buildable. */
  public long dropped() {
    return dropped.get();
  }

  private boolean schedule(MulticastQueueItem item, Instant now) {
    Optional<MulticastGroup> group = findGroup(item);
    if (group.isEmpty()) {
      queue.take(item.id());
      return false;
    }
    if (!checkPingSlot(group.get(), item, now) || !queue.take(item.id())) {
      return false;
    }
    return send(group.get(), item);
  }

  private Optional<MulticastGroup> findGroup(MulticastQueueItem item) {
    return groups.find(item.multicastGroupId());
  }

  /** False when a late Class B copy was moved to a later ping slot. */
  private boolean checkPingSlot(MulticastGroup group, MulticastQueueItem item, Instant now) {
    if (group.groupType() != MulticastGroupType.CLASS_B) {
      return true;
    }
    if (item.emitAt() != null
        && PingSlotDownlinks.instant(item.emitAt()).isAfter(now.plus(MIN_ADVANCE))) {
      return true;
    }
    MulticastQueueItem moved = plan.replan(group, item, now);
    queue.update(moved);
    LOG.log(Level.INFO, () -> "multicast item " + item.id() + " of group " + group.id()
        + " moved to the ping slot at " + moved.emitAt());
    return false;
  }

  private boolean send(MulticastGroup group, MulticastQueueItem item) {
    try {
      downlinks.handle(group, item);
      return true;
    } catch (GatewayUnavailableException | LorawanFormatException e) {
      dropped.incrementAndGet();
      LOG.log(Level.WARNING, () -> "multicast frame " + item.fCnt() + " of group " + group.id()
          + " not sent through " + item.gatewayId() + ": " + e.getMessage());
      return false;
    }
  }
}
