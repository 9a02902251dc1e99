package io.longwave.downlink.data;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.downlink.AnswerDeadline;
import io.longwave.downlink.ClassADownlinks;
import io.longwave.downlink.ClassAResponse;
import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.ReceiveWindows;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.region.DwellTime;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkSettings;
import io.longwave.network.NetworkSettings.RxWindow;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The Class A answer to a data uplink (LoRaWAN 1.0.4 §3.3 and §4; ChirpStack {@code
 * downlink::data::handle_response}): one downlink frame with an RX1 item and an RX2 fallback item,
 * each carrying what fits its data rate of the ACK, the MAC commands and the next queue item.
 * Frame counters and the queue do not change here: {@code TxAckFlow} moves them on once the
 * gateway says which item went on air, using the {@link DownlinkContext} saved here.
 *
 * <p>Steps: {@code checkStillAnswerable} (an answer that could no longer reach RX2 is not
 * prepared, see {@link AnswerDeadline}; the device retransmits a confirmed uplink), {@code
 * selectGateway}, {@code setTxInfo}, {@code getNextQueueItem}, then per receive
 * window {@code checkPayloadSize}, {@code setMacCommands}, {@code setFrameCounter}, {@code
 * encryptPayloadAndSetMic}; then {@code saveDownlinkContext}, {@code logDownlinkFrame} and
 * {@code send}. The context is saved and the frame logged before sending, so that an
 * acknowledgement arriving at once finds them.
 *
 * <p>Failure modes: a queue item too large for every window is deleted with an {@code
 * DOWNLINK_PAYLOAD_SIZE} error event; an unreachable gateway gives a {@code DOWNLINK_GATEWAY}
 * error event. Threading: thread-safe if its ports are; each call works on its own context.
 */
public final class ClassADownlinkFlow implements ClassADownlinks {

  private static final System.Logger LOG = System.getLogger(ClassADownlinkFlow.class.getName());
  private static final int MAX_F_OPTS = DataDownlinkItems.MAX_F_OPTS;

  private final NetworkSettings settings;
  private final DeviceQueueRepository queue;
  private final GatewayDownlinks gateways;
  private final DownlinkContextRepository contexts;
  private final ApplicationEvents events;
  private final GatewaySelector gatewaySelector;
  private final RandomGenerator random;
  private final FrameLog frames;
  private final Clock clock;

  public ClassADownlinkFlow(
      NetworkSettings settings,
      DeviceQueueRepository queue,
      GatewayDownlinks gateways,
      DownlinkContextRepository contexts,
      ApplicationEvents events,
      RandomGenerator random,
      FrameLog frames,
      Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.events = Objects.requireNonNull(events, "events");
    this.random = Objects.requireNonNull(random, "random");
    this.frames = Objects.requireNonNull(frames, "frames");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.gatewaySelector = new GatewaySelector(settings.gatewayMinMarginDb(), random);
  }

  @Override
  public void respond(ClassAResponse response) {
    ClassAResponseContext ctx =
        new ClassAResponseContext(
            response, Regions.get(response.session().region()), random.nextLong() & 0xffff_ffffL);
    try {
      if (!stillAnswerable(ctx)) {
        return;
      }
      selectGateway(ctx);
      setTxInfo(ctx);
      getNextQueueItem(ctx);
      if (!somethingToSend(ctx)) {
        return;
      }
      for (DownlinkItemDraft item : ctx.drafts) {
        checkPayloadSize(ctx, item);
        setMacCommands(ctx, item);
        if (!item.hasContent() && !response.ack() && !response.mustSend()) {
          continue;
        }
        setFrameCounter(ctx, item);
        encryptPayloadAndSetMic(ctx, item);
        ctx.items.add(item);
      }
      if (ctx.items.isEmpty()) {
        return;
      }
      saveDownlinkContext(ctx);
      send(ctx);
    } catch (LorawanFormatException e) {
      LOG.log(Level.WARNING, () -> "no Class A answer for " + ctx.session.devEui() + ": "
          + e.getMessage());
    }
  }

  private boolean stillAnswerable(ClassAResponseContext ctx) {
    long rx1Delay = Math.max(1, ctx.session.rx1Delay());
    Duration lastWindow =
        Duration.ofSeconds(settings.rxWindow() == RxWindow.RX1 ? rx1Delay : rx1Delay + 1);
    if (AnswerDeadline.passed(ctx.response.uplink().receivedAt(), lastWindow, clock)) {
      LOG.log(Level.DEBUG, () -> "no Class A answer for " + ctx.session.devEui()
          + ": the uplink of " + ctx.response.uplink().receivedAt() + " is too old");
      return false;
    }
    return true;
  }

  private void selectGateway(ClassAResponseContext ctx) {
    ctx.gateway =
        gatewaySelector.select(ctx.response.uplink().rxInfo(), ctx.response.uplink().txInfo());
  }

  private void setTxInfo(ClassAResponseContext ctx) {
    RxWindow window = settings.rxWindow();
    Duration rx1Delay = Duration.ofSeconds(Math.max(1, ctx.session.rx1Delay()));
    DwellTime dwell =
        ctx.session.downlinkDwellTime400ms() ? DwellTime.LIMIT_400_MS : DwellTime.NO_LIMIT;
    if (window != RxWindow.RX2) {
      ReceiveWindows.Rx rx1 =
          ReceiveWindows.rx1(ctx.region, ctx.response.uplink().txInfo(), ctx.gateway,
              ctx.response.uplinkDr(), ctx.session.rx1DrOffset(),
              ctx.session.downlinkDwellTime400ms(), rx1Delay, settings.downlinkTxPowerDbm());
      ctx.drafts.add(new DownlinkItemDraft(rx1, maxPayloadSize(ctx, rx1.dr(), dwell)));
    }
    if (window != RxWindow.RX1) {
      long frequency = ctx.session.rx2FrequencyHz() > 0
          ? ctx.session.rx2FrequencyHz() : ctx.region.rx2FrequencyHz();
      ReceiveWindows.Rx rx2 =
          ReceiveWindows.rx2(ctx.region, ctx.gateway, frequency, ctx.session.rx2Dr(),
              rx1Delay.plusSeconds(1), settings.downlinkTxPowerDbm());
      ctx.drafts.add(new DownlinkItemDraft(rx2, maxPayloadSize(ctx, rx2.dr(), dwell)));
    }
  }

  private static int maxPayloadSize(ClassAResponseContext ctx, int dr, DwellTime dwell) {
    return ctx.region.maxPayloadSize(dr, dwell, false).n();
  }

  /** The oldest item that is not waiting for its ACK and fits a window; larger ones go. */
  private void getNextQueueItem(ClassAResponseContext ctx) {
    DataDownlinkItems.QueueSelection next =
        DataDownlinkItems.nextQueueItem(queue, events, ctx.session.devEui(),
            ctx.bestMaxPayloadSize());
    ctx.queueItem = next.item();
    ctx.moreQueueItems = next.more();
  }

  private static boolean somethingToSend(ClassAResponseContext ctx) {
    return ctx.queueItem != null
        || !ctx.response.macCommands().isEmpty()
        || ctx.response.ack()
        || ctx.response.mustSend();
  }

  /** Puts the queue item in the window's frame if it fits its data rate. */
  private static void checkPayloadSize(ClassAResponseContext ctx, DownlinkItemDraft item) {
    DataDownlinkItems.putQueueItem(
        item, new DataDownlinkItems.QueueSelection(ctx.queueItem, ctx.moreQueueItems));
  }

  /**
   * MAC commands in FOpts (at most 15 bytes, next to the application data or alone), or, when
   * they need more and the frame has no application data, as the FPort 0 payload. Commands that
   * do not fit wait for a later downlink.
   */
  private static void setMacCommands(ClassAResponseContext ctx, DownlinkItemDraft item) {
    List<MacCommand> commands = ctx.response.macCommands();
    if (commands.isEmpty()) {
      return;
    }
    int room = item.maxPayloadSize - item.frmPayload.length;
    if (item.carriesQueueItem) {
      item.fOptsCommands = MacCommandSelection.fitting(commands, Math.min(MAX_F_OPTS, room));
      return;
    }
    List<MacCommand> fitting =
        MacCommandSelection.fitting(commands, room);
    if (MacCommandSelection.length(fitting) <= MAX_F_OPTS) {
      item.fOptsCommands = fitting;
    } else {
      item.fPortZeroCommands = fitting;
      item.fPort = 0;
      item.frmPayload = MacCommandSelection.encode(fitting);
    }
  }

  /** LoRaWAN 1.1: AFCntDown for FPort &gt; 0, NFCntDown otherwise; 1.0.x: FCntDown. */
  private static void setFrameCounter(ClassAResponseContext ctx, DownlinkItemDraft item) {
    DataDownlinkItems.setFrameCounter(ctx.session, item);
  }

  /**
   * Encrypts and sets the MIC. ConfFCnt is the FCnt of the uplink answered: the session already
   * expects the next one.
   */
  private static void encryptPayloadAndSetMic(ClassAResponseContext ctx, DownlinkItemDraft item) {
    long confFCnt = (ctx.session.fCntUp() - 1) & FrameCounter.MAX;
    DataDownlinkItems.encryptAndSetMic(ctx.session, item, ctx.response.ack(), confFCnt);
  }

  private void saveDownlinkContext(ClassAResponseContext ctx) {
    DataDownlinkItems.saveDownlinkContext(contexts, ctx.downlinkId, ctx.session, ctx.items,
        ctx.queueItem, ctx.response.ack(), clock.instant());
  }

  private void logDownlinkFrame(ClassAResponseContext ctx, DownlinkFrame frame) {
    frames.downlink(LoggedDownlink.sent(clock.instant(), ctx.session.devEui(), frame));
  }

  private void send(ClassAResponseContext ctx) {
    DataDownlinkItems.send(gateways, contexts, events, ctx.downlinkId, ctx.gateway.gatewayId(),
        ctx.session, ctx.items, "Class A answer", frame -> logDownlinkFrame(ctx, frame));
  }
}
