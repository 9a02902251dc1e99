package io.longwave.downlink.join;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.downlink.GatewaySelector;
import io.longwave.downlink.ReceiveWindows;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.network.NetworkSettings;
import io.longwave.network.NetworkSettings.RxWindow;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Sends a join-accept (LoRaWAN 1.0.4 §6.2.6, LoRaWAN 1.1 §6.2.3; ChirpStack {@code
 * downlink/join.rs}). Steps: {@code setMicAndEncrypt}, {@code selectDownlinkGateway}, {@code
 * setTxInfoForRx1} (JOIN_ACCEPT_DELAY1 on the RX1 frequency, at the RX1 data rate of the uplink's
 * with offset 0, since the device still uses the defaults), {@code setTxInfoForRx2}
 * (JOIN_ACCEPT_DELAY2 on the region's default RX2 frequency and data rate), {@code
 * sendDownlinkFrame} (one frame, the items in that order, each with the uplink's timing context),
 * {@code saveDownlinkFrame} (recorded for the TX acknowledgement and logged in the frame log).
 *
 * <p>Threading: thread-safe when its ports and random generator are.
 */
public final class JoinAcceptFlow {

  private static final Logger LOG = System.getLogger(JoinAcceptFlow.class.getName());

  private final GatewayDownlinks gateways;
  private final GatewaySelector gatewaySelector;
  private final JoinAcceptsSent sent;
  private final NetworkSettings settings;
  private final RandomGenerator downlinkIds;
  private final FrameLog frames;
  private final Clock clock;

  public JoinAcceptFlow(
      GatewayDownlinks gateways,
      GatewaySelector gatewaySelector,
      JoinAcceptsSent sent,
      NetworkSettings settings,
      RandomGenerator downlinkIds,
      FrameLog frames,
      Clock clock) {
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.gatewaySelector = Objects.requireNonNull(gatewaySelector, "gatewaySelector");
    this.sent = Objects.requireNonNull(sent, "sent");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.downlinkIds = Objects.requireNonNull(downlinkIds, "downlinkIds");
    this.frames = Objects.requireNonNull(frames, "frames");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sends the join-accept through the best gateway.
   *
   * @return what was sent, also recorded for the TX acknowledgement
   * @throws GatewayUnavailableException when the chosen gateway cannot be reached
   */
  public JoinAcceptSent handle(JoinAcceptRequest request) throws GatewayUnavailableException {
    byte[] phyPayload = setMicAndEncrypt(request);
    UplinkRxInfo via = selectDownlinkGateway(request);
    List<DownlinkFrameItem> items = new ArrayList<>(2);
    RxWindow window = settings.rxWindow();
    if (window != RxWindow.RX2) {
      items.add(new DownlinkFrameItem(phyPayload, setTxInfoForRx1(request, via).txInfo()));
    }
    if (window != RxWindow.RX1) {
      items.add(new DownlinkFrameItem(phyPayload, setTxInfoForRx2(request, via).txInfo()));
    }
    DownlinkFrame frame = new DownlinkFrame(newDownlinkId(), via.gatewayId(), items);
    // Recorded before sending, so that an acknowledgement arriving at once finds it.
    JoinAcceptSent s = saveDownlinkFrame(request, frame);
    try {
      sendDownlinkFrame(frame);
    } catch (GatewayUnavailableException e) {
      sent.forget(frame.downlinkId());
      throw e;
    }
    return s;
  }

  private static byte[] setMicAndEncrypt(JoinAcceptRequest r) {
    if (!r.macVersion().isLorawan11()) {
      return JoinAcceptFrames.lorawan10(r.keys().nwkKey(), r.payload());
    }
    var encryptionKey =
        r.joinReqType() == JoinRequestType.JOIN_REQUEST
            ? r.keys().nwkKey()
            : KeyDerivation.jsEncKey(r.keys().nwkKey(), r.devEui());
    return JoinAcceptFrames.lorawan11(
        KeyDerivation.jsIntKey(r.keys().nwkKey(), r.devEui()),
        encryptionKey,
        r.joinReqType(),
        r.joinEui(),
        r.devNonce(),
        r.payload());
  }

  private UplinkRxInfo selectDownlinkGateway(JoinAcceptRequest r) {
    return gatewaySelector.select(r.uplink().rxInfo(), r.uplink().txInfo());
  }

  private ReceiveWindows.Rx setTxInfoForRx1(JoinAcceptRequest r, UplinkRxInfo via) {
    return ReceiveWindows.rx1(
        r.region(), r.uplink().txInfo(), via, r.uplinkDr(), 0, false,
        r.region().joinAcceptDelay1(), settings.downlinkTxPowerDbm());
  }

  private ReceiveWindows.Rx setTxInfoForRx2(JoinAcceptRequest r, UplinkRxInfo via) {
    return ReceiveWindows.rx2(
        r.region(), via, r.region().rx2FrequencyHz(), r.region().rx2DataRate(),
        r.region().joinAcceptDelay2(), settings.downlinkTxPowerDbm());
  }

  private void sendDownlinkFrame(DownlinkFrame frame) throws GatewayUnavailableException {
    gateways.send(frame);
  }

  private JoinAcceptSent saveDownlinkFrame(JoinAcceptRequest r, DownlinkFrame frame) {
    JoinAcceptSent s =
        new JoinAcceptSent(
            frame.downlinkId(), r.devEui(), r.payload().devAddr(), frame.gatewayId(),
            r.uplink().deduplicationId(), clock.instant());
    sent.record(s);
    frames.downlink(LoggedDownlink.sent(s.sentAt(), r.devEui(), frame));
    LOG.log(Level.DEBUG, () -> "join-accept " + s.downlinkId() + " for " + s.devEui()
        + " via " + s.gatewayId());
    return s;
  }

  /** A random 32-bit id, as ChirpStack's downlink ids. */
  private long newDownlinkId() {
    return downlinkIds.nextInt() & 0xffffffffL;
  }
}
