package io.longwave.downlink.data;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.downlink.PingSlotDownlinks;
import io.longwave.downlink.ReceiveWindows;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.DwellTime;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Sends a Class B device its next queue item in its next ping slot (LoRaWAN 1.0.4 §13: a
 * beacon-locked device opens pingNb receive slots per 128 s beacon period at pseudo-random
 * offsets; ChirpStack {@code downlink::data} for Class B). The frame goes out with GPS-epoch
 * timing, so only a GPS-synchronised gateway that heard the device's last uplink can send it.
 *
 * <p>Steps: {@code selectGateway} (the best GPS-synchronised reception of the last uplink), {@code
 * getPingSlotNb} (the session's, from PingSlotInfoReq, else the device profile's periodicity),
 * {@code getNextPingSlot} (the first slot after now plus the scheduling margin), {@code
 * setTxInfo} (ping-slot frequency and data rate, GPS time), then the steps shared with Class C in
 * {@link QueueItemDownlinks}, which log the frame with its GPS-epoch tx info for the device and
 * the gateway as the Class A answer does. Counters and the queue move on in {@code TxAckFlow}.
 *
 * <p>Failure modes: an item too large for the ping-slot data rate is deleted with a {@code
 * DOWNLINK_PAYLOAD_SIZE} error event; an unreachable gateway gives a {@code DOWNLINK_GATEWAY}
 * error event. Threading: thread-safe if its ports are.
 */
public final class ClassBDownlinkFlow implements ScheduledDownlinkFlow {

  private static final System.Logger LOG = System.getLogger(ClassBDownlinkFlow.class.getName());

  private final NetworkSettings settings;
  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final Duration schedulingMargin;
  private final QueueItemDownlinks queueItems;

  /**
   * @param schedulingMargin the earliest ping slot used starts this long after now
   */
  public ClassBDownlinkFlow(
      NetworkSettings settings,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DeviceQueueRepository queue,
      GatewayDownlinks gateways,
      DownlinkContextRepository contexts,
      ApplicationEvents events,
      RandomGenerator random,
      FrameLog frames,
      Duration schedulingMargin) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.schedulingMargin = Objects.requireNonNull(schedulingMargin, "schedulingMargin");
    if (schedulingMargin.isNegative()) {
      throw new IllegalArgumentException("the scheduling margin cannot be negative");
    }
    this.queueItems = new QueueItemDownlinks(queue, gateways, contexts, events, random, frames);
  }

  @Override
  public Outcome handle(DeviceSession session, Instant now) {
    LastUplinkGateway gateway = selectGateway(session);
    if (gateway == null) {
      return Outcome.of(Result.NO_GATEWAY);
    }
    try {
      int pingNb = getPingSlotNb(session);
      Duration pingSlot =
          PingSlotDownlinks.nextPingSlot(session.devAddr(), pingNb, now.plus(schedulingMargin));
      Region region = Regions.get(session.region());
      DownlinkItemDraft draft = setTxInfo(session, region, gateway, pingSlot);
      return queueItems.send(session, draft, gateway.gatewayId(), now,
          PingSlotDownlinks.instant(pingSlot), true, "Class B downlink");
    } catch (LorawanFormatException e) {
      LOG.log(Level.WARNING, () -> "no Class B downlink for " + session.devEui() + ": "
          + e.getMessage());
      return Outcome.of(Result.NOT_SENT);
    }
  }

  /** The best GPS-synchronised gateway of the last uplink, or null. */
  private static LastUplinkGateway selectGateway(DeviceSession session) {
    for (LastUplinkGateway g : session.lastUplinkGateways()) {
      if (g.gpsSynchronised()) {
        return g;
      }
    }
    return null;
  }

  /**
   * pingNb from the device's PingSlotInfoReq, else from its profile's periodicity.
   *
   * @throws LorawanFormatException when neither is known
   */
  private int getPingSlotNb(DeviceSession session) {
    if (session.pingSlotNb() > 0) {
      return session.pingSlotNb();
    }
    return devices.find(session.devEui())
        .flatMap(d -> profiles.find(d.deviceProfileId()))
        .map(p -> p.pingNb())
        .orElseThrow(() -> new LorawanFormatException(
            "the ping-slot periodicity of " + session.devEui() + " is not known"));
  }

  private DownlinkItemDraft setTxInfo(
      DeviceSession session, Region region, LastUplinkGateway gateway, Duration pingSlot) {
    long frequency = PingSlotDownlinks.frequencyHz(
        region, session.devAddr(), session.pingSlotFrequencyHz(), pingSlot);
    int dr = session.pingSlotDr();
    DownlinkTxInfo txInfo = PingSlotDownlinks.txInfo(region, frequency, dr,
        settings.downlinkTxPowerDbm(), gateway.board(), gateway.antenna(), pingSlot);
    DwellTime dwell =
        session.downlinkDwellTime400ms() ? DwellTime.LIMIT_400_MS : DwellTime.NO_LIMIT;
    return new DownlinkItemDraft(
        new ReceiveWindows.Rx(txInfo, dr), region.maxPayloadSize(dr, dwell, false).n());
  }
}
