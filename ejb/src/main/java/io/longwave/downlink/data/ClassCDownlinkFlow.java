package io.longwave.downlink.data;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.DownlinkTxPower;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.downlink.RadioModulations;
import io.longwave.downlink.ReceiveWindows;
import io.longwave.framelog.FrameLog;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.region.DwellTime;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.session.PendingMacCommand;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Sends a Class C device its next queue item at once (LoRaWAN 1.0.4 §13: a Class C device
 * listens on the RX2 frequency and data rate whenever it does not transmit; ChirpStack {@code
 * downlink::data::handle_schedule_next_queue_item}). The frame goes out with {@code Immediately}
 * timing through the gateway that heard the device's last uplink, with the antenna and board that
 * heard it.
 *
 * <p>Steps: {@code selectGateway}, {@code setTxInfo}, {@code getPendingMacCommands}, {@code
 * getNextQueueItem}, {@code checkPayloadSize}, {@code setMacCommands}, {@code setFrameCounter},
 * {@code encryptPayloadAndSetMic}, {@code saveDownlinkContext}, {@code logDownlinkFrame}, {@code
 * send}; the frame-building and logging steps are those of the Class A answer, so the frame shows
 * in the device's and the gateway's frame log with its {@code Immediately} tx info. The MAC
 * requests the session still waits an answer to (LinkADRReq, DevStatusReq, ... that the Class A
 * answer may not have carried, or that the device may not have received) ride along in FOpts as
 * far as they fit the RX2 data rate beside the queue item, so that a Class C device gets them
 * without waiting for its next uplink; they stay pending until the device answers, as in Class A.
 * Counters and the queue move on in {@code TxAckFlow}. The caller decides whether the device may
 * be sent to now (locks, pending confirmed items).
 *
 * <p>Failure modes: a queue item too large for RX2 is deleted with a {@code
 * DOWNLINK_PAYLOAD_SIZE} error event; an unreachable gateway gives a {@code DOWNLINK_GATEWAY}
 * error event. Threading: thread-safe if its ports are.
 */
public final class ClassCDownlinkFlow implements ScheduledDownlinkFlow {

  private static final System.Logger LOG = System.getLogger(ClassCDownlinkFlow.class.getName());

  private final NetworkSettings settings;
  private final QueueItemDownlinks queueItems;

  public ClassCDownlinkFlow(
      NetworkSettings settings,
      DeviceQueueRepository queue,
      GatewayDownlinks gateways,
      DownlinkContextRepository contexts,
      ApplicationEvents events,
      RandomGenerator random,
      FrameLog frames) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.queueItems = new QueueItemDownlinks(queue, gateways, contexts, events, random, frames);
  }

  /**
   * Sends the device's next queue item, if any, at once.
   *
   * @param session the device's session (read, not changed)
   * @param now the time of the downlink context
   */
  @Override
  public Outcome handle(DeviceSession session, Instant now) {
    LastUplinkGateway gateway = selectGateway(session);
    if (gateway == null) {
      return Outcome.of(Result.NO_GATEWAY);
    }
    try {
      Region region = Regions.get(session.region());
      DownlinkItemDraft draft = setTxInfo(session, region, gateway);
      return queueItems.send(session, draft, getPendingMacCommands(session),
          gateway.gatewayId(), now, now, false, "Class C downlink");
    } catch (LorawanFormatException e) {
      LOG.log(Level.WARNING, () -> "no Class C downlink for " + session.devEui() + ": "
          + e.getMessage());
      return Outcome.of(Result.NOT_SENT);
    }
  }

  /** The requests sent to the device and not answered yet, oldest first. */
  private static List<MacCommand> getPendingMacCommands(DeviceSession session) {
    List<MacCommand> commands = new ArrayList<>(session.pendingMacCommands().size());
    for (PendingMacCommand p : session.pendingMacCommands()) {
      commands.add(p.command());
    }
    return commands;
  }

  private static LastUplinkGateway selectGateway(DeviceSession session) {
    return session.lastUplinkGateway();
  }

  /** RX2 frequency (the session's, else the region's) and RX2 data rate, now. */
  private DownlinkItemDraft setTxInfo(
      DeviceSession session, Region region, LastUplinkGateway gateway) {
    long frequency =
        session.rx2FrequencyHz() > 0 ? session.rx2FrequencyHz() : region.rx2FrequencyHz();
    int dr = session.rx2Dr();
    int power = settings.downlinkTxPowerDbm() >= 0
        ? settings.downlinkTxPowerDbm()
        : DownlinkTxPower.defaultDbm(region.id(), frequency);
    DownlinkTxInfo txInfo =
        new DownlinkTxInfo(frequency, power, RadioModulations.downlink(region, dr),
            gateway.board(), gateway.antenna(), new DownlinkTiming.Immediately(), new byte[0]);
    DwellTime dwell =
        session.downlinkDwellTime400ms() ? DwellTime.LIMIT_400_MS : DwellTime.NO_LIMIT;
    return new DownlinkItemDraft(
        new ReceiveWindows.Rx(txInfo, dr), region.maxPayloadSize(dr, dwell, false).n());
  }
}
