package io.longwave.mac;

import io.longwave.adr.AdrAlgorithms;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.session.DeviceSession;
import io.longwave.session.PendingMacCommand;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The network server's MAC layer (ChirpStack {@code maccommand::handle_uplink} and the request
 * steps of {@code downlink::data}). An uplink's commands are grouped by CID in order of first
 * appearance; each group goes to the {@link MacCommandHandler} of its CID together with the
 * pending requests of the same CID, which are removed from the session. An answer without a
 * pending request is ignored. The requests are ADR's LinkADRReq and the periodic DevStatusReq;
 * see {@link #requests}.
 *
 * <p>Call {@link #handleUplink} (when the uplink carried commands) and then {@link #requests} for
 * each data uplink, on the session copy the flow saves. Stateless apart from its configuration,
 * and thread-safe.
 */
public final class MacCommandDispatcher implements MacCommandHandling {

  private static final System.Logger LOG = System.getLogger(MacCommandDispatcher.class.getName());
  private static final Duration DAY = Duration.ofDays(1);

  private final Map<Cid, MacCommandHandler> handlers = new EnumMap<>(Cid.class);
  private final LinkAdrRequests linkAdrRequests;

  /** With the built-in ADR algorithms and every default channel of each region. */
  public MacCommandDispatcher() {
    this(AdrAlgorithms.standard(), UplinkChannelPlan.regionDefaults());
  }

  /**
   * @param algorithms the ADR algorithms device profiles choose from
   * @param channelPlan the uplink channels of the network (fixed channel plans)
   */
  public MacCommandDispatcher(AdrAlgorithms algorithms, UplinkChannelPlan channelPlan) {
    for (MacCommandHandler h : standardHandlers()) {
      handlers.put(h.cid(), h);
    }
    this.linkAdrRequests = new LinkAdrRequests(algorithms, channelPlan);
  }

  /** One handler per uplink command the network server acts on. */
  static List<MacCommandHandler> standardHandlers() {
    return List.of(
        new LinkCheckReqHandler(),
        new LinkAdrAnsHandler(),
        new DutyCycleAnsHandler(),
        new RxParamSetupAnsHandler(),
        new DevStatusAnsHandler(),
        new NewChannelAnsHandler(),
        new RxTimingSetupAnsHandler(),
        new TxParamSetupAnsHandler(),
        new DlChannelAnsHandler(),
        new RekeyIndHandler(),
        new DeviceTimeReqHandler(),
        new PingSlotInfoReqHandler(),
        new PingSlotChannelAnsHandler(),
        new BeaconTimingReqHandler(),
        new BeaconFreqAnsHandler(),
        new DeviceModeIndHandler(),
        new ResetIndHandler());
  }

  @Override
  public MacOutcome handleUplink(MacContext context, List<MacCommand> commands) {
    List<MacCommand> answers = new ArrayList<>();
    boolean mustRespond = false;
    Map<Cid, List<StandardMacCommand>> groups = groupByCid(context, commands);
    for (Map.Entry<Cid, List<StandardMacCommand>> group : groups.entrySet()) {
      Cid cid = group.getKey();
      mustRespond |= StickyAnswers.needDownlink(cid);
      List<StandardMacCommand> pending = takePending(context.session(), cid);
      MacCommandHandler handler = handlers.get(cid);
      if (handler == null) {
        LOG.log(Level.DEBUG, "{0} from {1} not handled", cid.specName(), devEui(context));
        continue;
      }
      if (handler.answersRequest() && pending.isEmpty()) {
        LOG.log(Level.INFO, "{0} from {1} ignored: no request is pending", cid.specName(),
            devEui(context));
        continue;
      }
      try {
        MacOutcome outcome = handler.handle(context, group.getValue(), pending);
        answers.addAll(outcome.answers());
        mustRespond |= outcome.mustRespond();
      } catch (LorawanFormatException | IllegalArgumentException | ClassCastException e) {
        LOG.log(Level.WARNING, "{0} from {1} not applied: {2}", cid.specName(), devEui(context),
            e.getMessage());
      }
    }
    return new MacOutcome(answers, mustRespond);
  }

  /**
   * The requests for the downlink answering this uplink, also recorded as pending with {@code
   * now}. First the uplink goes into the session's ADR history. Then:
   *
   * <ul>
   *   <li>LinkADRReq when the uplink had the ADR bit ({@code session.adr()}) and ADR wants other
   *       settings, or a fixed plan's device uses other channels than the network;
   *   <li>DevStatusReq when the profile asks for device status and 24 h / requests-per-day passed
   *       since the last one.
   * </ul>
   *
   * A CID is not requested while a request of it sent for this uplink is pending, nor once its
   * error count reached {@code settings.maxMacCommandErrors}. A request pending since an earlier
   * uplink and not answered is replaced (its attempts counted).
   */
  @Override
  public List<MacCommand> requests(MacContext context) {
    DeviceSession s = context.session();
    List<MacCommand> out = new ArrayList<>();
    if (s.adr() && mayRequest(context, Cid.LINK_ADR_REQ)) {
      try {
        List<? extends MacCommand> adr = linkAdrRequests.build(context);
        addPending(context, Cid.LINK_ADR_REQ, adr);
        out.addAll(adr);
      } catch (LorawanFormatException | IllegalArgumentException e) {
        LOG.log(Level.WARNING, "no LinkADRReq for {0}: {1}", s.devEui(), e.getMessage());
      }
    }
    int perDay = context.profile().deviceStatusRequestsPerDay();
    if (perDay > 0 && mayRequest(context, Cid.DEV_STATUS_REQ)) {
      Duration interval = DAY.dividedBy(perDay);
      if (s.lastDeviceStatusRequest() == null
          || !context.now().isBefore(s.lastDeviceStatusRequest().plus(interval))) {
        List<MacCommand> status = List.of(new DevStatusReq());
        addPending(context, Cid.DEV_STATUS_REQ, status);
        s.lastDeviceStatusRequest(context.now());
        out.addAll(status);
      }
    }
    return out;
  }

  private static boolean mayRequest(MacContext context, Cid cid) {
    if (MacErrorCounts.of(context.session(), cid) >= context.settings().maxMacCommandErrors()) {
      return false;
    }
    for (PendingMacCommand p : context.session().pendingMacCommands()) {
      if (p.command().cid() == cid.value()
          && !p.sentAt().isBefore(context.uplink().receivedAt())) {
        return false;
      }
    }
    return true;
  }

  private static void addPending(MacContext context, Cid cid, List<? extends MacCommand> sent) {
    if (sent.isEmpty()) {
      return;
    }
    DeviceSession s = context.session();
    List<PendingMacCommand> pending = new ArrayList<>();
    int attempts = 1;
    for (PendingMacCommand p : s.pendingMacCommands()) {
      if (p.command().cid() == cid.value()) {
        attempts = Math.max(attempts, p.attempts() + 1);
      } else {
        pending.add(p);
      }
    }
    for (MacCommand c : sent) {
      pending.add(new PendingMacCommand(c, context.now(), attempts));
    }
    s.pendingMacCommands(pending);
  }

  private static Map<Cid, List<StandardMacCommand>> groupByCid(
      MacContext context, List<MacCommand> commands) {
    Map<Cid, List<StandardMacCommand>> groups = new LinkedHashMap<>();
    for (MacCommand c : commands) {
      if (c instanceof StandardMacCommand m && m.direction() == Direction.UPLINK) {
        groups.computeIfAbsent(m.type(), k -> new ArrayList<>(1)).add(m);
      } else {
        LOG.log(Level.DEBUG, "MAC command {0} from {1} not handled", c, devEui(context));
      }
    }
    return groups;
  }

  /** Removes and returns the pending requests answered by uplink commands of {@code cid}. */
  private static List<StandardMacCommand> takePending(DeviceSession s, Cid cid) {
    List<PendingMacCommand> all = s.pendingMacCommands();
    List<StandardMacCommand> taken = new ArrayList<>();
    List<PendingMacCommand> kept = new ArrayList<>(all.size());
    for (PendingMacCommand p : all) {
      if (p.command() instanceof StandardMacCommand m
          && m.direction() == Direction.DOWNLINK
          && m.cid() == cid.value()) {
        taken.add(m);
      } else {
        kept.add(p);
      }
    }
    if (!taken.isEmpty()) {
      s.pendingMacCommands(kept);
    }
    return taken;
  }

  private static Object devEui(MacContext context) {
    return context.session().devEui();
  }
}
