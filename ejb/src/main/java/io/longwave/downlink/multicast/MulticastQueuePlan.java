package io.longwave.downlink.multicast;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.downlink.PingSlotDownlinks;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Plans one enqueued multicast payload as one queue item per gateway of the group's gateway set
 * (ChirpStack v3 {@code storage.EnqueueMulticastQueueItem}). Class C: the first copy is due now,
 * or one gateway delay after the group's last planned copy, and each further copy one gateway
 * delay later, so that no gateway gets two frames at once and neighbouring gateways do not
 * transmit over each other. Class B: each copy goes out in the group's next ping slot after the
 * previous copy (the first after now plus the scheduling margin, or after the group's last
 * planned slot) and is due one scheduling margin before its slot. Stateless and thread-safe.
 *
 * @param gatewayDelay the time between two Class C copies (ChirpStack {@code
 *     multicast_gateway_delay}, 2 s)
 * @param schedulingMargin how long before its ping slot a Class B copy is handed to the gateway
 */
public record MulticastQueuePlan(Duration gatewayDelay, Duration schedulingMargin) {

  /** ChirpStack's default {@code multicast_gateway_delay}. */
  public static final Duration DEFAULT_GATEWAY_DELAY = Duration.ofSeconds(2);

  public MulticastQueuePlan {
    Objects.requireNonNull(gatewayDelay, "gatewayDelay");
    Objects.requireNonNull(schedulingMargin, "schedulingMargin");
    if (gatewayDelay.isNegative() || schedulingMargin.isNegative()) {
      throw new IllegalArgumentException("delays cannot be negative");
    }
  }

  /** ChirpStack's defaults: 2 s between gateways, 5 s ahead of a ping slot. */
  public static MulticastQueuePlan defaults() {
    return new MulticastQueuePlan(DEFAULT_GATEWAY_DELAY,
        PingSlotDownlinks.DEFAULT_SCHEDULING_MARGIN);
  }

  /**
   * The items of one payload.
   *
   * @param gateways the gateway set, at least one
   * @param fCnt the frame counter taken for the payload
   * @param last the group's item planned last so far, or null
   */
  public List<MulticastQueueItem> plan(
      MulticastGroup group, List<GatewayId> gateways, long fCnt, int fPort, byte[] data,
      MulticastQueueItem last, Instant now) {
    if (gateways.isEmpty()) {
      throw new IllegalArgumentException("a multicast frame needs at least one gateway");
    }
    List<MulticastQueueItem> items = new ArrayList<>(gateways.size());
    if (group.groupType() == MulticastGroupType.CLASS_C) {
      Instant at = last == null ? now : max(now, last.scheduleAt().plus(gatewayDelay));
      for (GatewayId g : gateways) {
        items.add(item(group, g, fCnt, fPort, data, at, null, now));
        at = at.plus(gatewayDelay);
      }
      return items;
    }
    Instant after = now.plus(schedulingMargin);
    if (last != null && last.emitAt() != null) {
      after = max(after, PingSlotDownlinks.instant(last.emitAt()));
    }
    for (GatewayId g : gateways) {
      Duration slot = PingSlotDownlinks.nextPingSlot(group.mcAddr(), group.pingNb(), after);
      Instant slotTime = PingSlotDownlinks.instant(slot);
      items.add(item(group, g, fCnt, fPort, data, max(now, slotTime.minus(schedulingMargin)),
          slot, now));
      after = slotTime;
    }
    return items;
  }

  /**
   * A Class B copy whose slot is too close or past, moved to the group's next ping slot after
   * now plus the scheduling margin.
   */
  public MulticastQueueItem replan(MulticastGroup group, MulticastQueueItem late, Instant now) {
    Duration slot = PingSlotDownlinks.nextPingSlot(group.mcAddr(), group.pingNb(),
        now.plus(schedulingMargin));
    Instant at = max(now, PingSlotDownlinks.instant(slot).minus(schedulingMargin));
    return new MulticastQueueItem(late.id(), late.multicastGroupId(), late.gatewayId(),
        late.fCnt(), late.fPort(), late.data(), at, slot, late.createdAt());
  }

  private static MulticastQueueItem item(
      MulticastGroup group, GatewayId gateway, long fCnt, int fPort, byte[] data,
      Instant scheduleAt, Duration emitAt, Instant now) {
    return new MulticastQueueItem(UUID.randomUUID(), group.id(), gateway, fCnt, fPort, data,
        scheduleAt, emitAt, now);
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
