package io.longwave.simulator.device;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.DevNonce;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.RekeyConf;
import io.longwave.lorawan.mac.RekeyInd;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * One simulated class A end-device: it joins (OTAA, LoRaWAN 1.0.4 §6.2 and 1.1 §6.2) or starts
 * with its provisioned session (ABP), then builds data uplinks and takes data downlinks through
 * its {@link DeviceSession}. It answers MAC requests in its next uplink ({@link MacAnswers}), sets
 * ACK after a confirmed downlink and, as a LoRaWAN 1.1 device after an OptNeg join, sends
 * RekeyInd until the network's RekeyConf (LoRaWAN 1.1 §5.10).
 *
 * <p>DevNonce: random and never repeated within a run for LoRaWAN 1.0.x; a counter from a given
 * start for 1.1 (LoRaWAN 1.1 §6.2.5). A LoRaWAN 1.1 join-accept whose JoinNonce is not above the
 * last accepted one is refused.
 *
 * <p>Thread-safe: every method synchronizes on the device, since the uplink scheduler and the
 * gateways' receive threads both use it.
 */
public final class SimulatedDevice {

  private static final int MAX_FOPTS = 15;

  private final DeviceConfig config;
  private final Activation activation;
  private final Random random;
  private final BitSet usedDevNonces = new BitSet(0x10000);
  private int nextDevNonce;
  private int pendingDevNonce = -1;
  private long joinRequestedAtNanos;
  private long lastJoinNonce = -1;
  private DeviceSession session;
  private boolean ackDownlink;
  private boolean rekeyIndPending;
  private byte[] macAnswers = new byte[0];
  private long pendingSinceNanos;
  private boolean awaitingAck;

  /**
   * @param devNonceStart the first DevNonce of a LoRaWAN 1.1 device (0 to 65535)
   * @param abpFCntUp the first FCntUp of an ABP session
   * @throws IllegalArgumentException when the device does not support the activation
   */
  public SimulatedDevice(DeviceConfig config, Activation activation, Random random,
      int devNonceStart, long abpFCntUp) {
    if (!config.supports(activation)) {
      throw new IllegalArgumentException(
          "device " + config.devEui() + " has no keys for " + activation);
    }
    this.config = config;
    this.activation = activation;
    this.random = random;
    this.nextDevNonce = devNonceStart & 0xffff;
    if (activation == Activation.ABP) {
      Aes128Key nwk = config.nwkSKey();
      SessionKeys keys = new Lorawan10SessionKeys(nwk, config.appSKey());
      session = new DeviceSession(config.devAddr(), keys, config.macVersion().isLorawan11(),
          abpFCntUp);
    }
  }

  /** The provisioning. */
  public DeviceConfig config() {
    return config;
  }

  /** How this device is activated. */
  public Activation activation() {
    return activation;
  }

  /** True once the device has a session (always for ABP). */
  public synchronized boolean joined() {
    return session != null;
  }

  /** The session's DevAddr, or null before the join. */
  public synchronized DevAddr devAddr() {
    return session == null ? null : session.devAddr();
  }

  /** The session (for inspection), or null before the join. */
  public synchronized DeviceSession session() {
    return session;
  }

  /** True while a join-request waits for its join-accept. */
  public synchronized boolean awaitingJoinAccept() {
    return pendingDevNonce >= 0;
  }

  /**
   * How long a device listens for its join-accept before it tries again: past
   * JOIN_ACCEPT_DELAY2 (6 s) and the RX2 window.
   */
  public static final long JOIN_RETRY_NANOS = 7_000_000_000L;

  /**
   * True when a join-request may go out at {@code nowNanos}: none is waiting, or the last one's
   * receive windows have passed (a device does not retry inside them).
   */
  public synchronized boolean joinRequestDue(long nowNanos) {
    return pendingDevNonce < 0 || nowNanos - joinRequestedAtNanos >= JOIN_RETRY_NANOS;
  }

  /**
   * A new join-request PHYPayload (MHDR | JoinEUI | DevEUI | DevNonce | MIC with the AppKey in
   * 1.0, the NwkKey in 1.1). An earlier session is dropped when the join-accept arrives.
   */
  public synchronized byte[] joinRequest() {
    if (activation != Activation.OTAA) {
      throw new IllegalStateException("an ABP device does not join");
    }
    int devNonce = config.macVersion().isLorawan11() ? nextDevNonce++ & 0xffff : randomDevNonce();
    pendingDevNonce = devNonce;
    joinRequestedAtNanos = System.nanoTime();
    JoinRequestPayload p =
        new JoinRequestPayload(config.joinEui(), config.devEui(), new DevNonce(devNonce));
    byte[] b = PhyPayload.of(Mhdr.of(MType.JOIN_REQUEST), p, new byte[Mic.LENGTH]).encode();
    int mic = JoinMic.joinRequest(AesKeyContext.of(rootKey()), b, 0, b.length - Mic.LENGTH);
    Mic.write(mic, b, b.length - Mic.LENGTH);
    return b;
  }

  /**
   * Takes a join-accept: decrypts it with the AppKey (1.0) or NwkKey (1.1), checks its MIC
   * (JSIntKey over JoinReqType, JoinEUI and DevNonce when OptNeg is set), derives the session keys
   * and starts the session with FCntUp 0.
   *
   * @throws FrameRejectedException when no join-request is pending, the frame does not decrypt to
   *     a join-accept, the MIC is wrong or the JoinNonce is replayed
   */
  public synchronized JoinAcceptPayload acceptJoin(byte[] phyPayload)
      throws FrameRejectedException {
    if (pendingDevNonce < 0) {
      throw reject(FrameRejectedException.Reason.DECRYPT, "no join-request is pending");
    }
    Aes128Key root = rootKey();
    byte[] plain;
    JoinAcceptPayload ja;
    try {
      plain = JoinAcceptCipher.decryptPhyPayload(AesKeyContext.of(root), phyPayload);
      ja = JoinAcceptPayload.decode(Arrays.copyOfRange(plain, 1, plain.length - Mic.LENGTH));
    } catch (LorawanFormatException e) {
      throw reject(FrameRejectedException.Reason.DECRYPT, "join-accept: " + e.getMessage());
    }
    boolean optNeg = config.macVersion().isLorawan11() && ja.dlSettings().optNeg();
    boolean micOk = optNeg
        ? JoinMic.checkJoinAcceptLorawan11(
            AesKeyContext.of(KeyDerivation.jsIntKey(root, config.devEui())),
            JoinRequestType.JOIN_REQUEST, config.joinEui(), pendingDevNonce, plain, 0,
            plain.length)
        : JoinMic.checkJoinAcceptLorawan10(AesKeyContext.of(root), plain, 0, plain.length);
    if (!micOk) {
      throw reject(FrameRejectedException.Reason.MIC, "join-accept MIC does not verify");
    }
    int joinNonce = ja.joinNonce().value();
    if (config.macVersion().isLorawan11() && joinNonce <= lastJoinNonce) {
      throw reject(FrameRejectedException.Reason.DECRYPT,
          "join-accept JoinNonce " + joinNonce + " is not above the last one, " + lastJoinNonce);
    }
    SessionKeys keys = optNeg
        ? KeyDerivation.lorawan11(root, config.appKey(), joinNonce, config.joinEui(),
            pendingDevNonce)
        : KeyDerivation.lorawan10(root, joinNonce, ja.homeNetId(), pendingDevNonce);
    lastJoinNonce = joinNonce;
    pendingDevNonce = -1;
    session = new DeviceSession(ja.devAddr(), keys, optNeg, 0);
    rekeyIndPending = optNeg;
    ackDownlink = false;
    macAnswers = new byte[0];
    return ja;
  }

  /**
   * The next data uplink: MAC answers (and RekeyInd) in FOpts, ACK when a confirmed downlink
   * waits for one.
   *
   * @throws IllegalStateException before the join
   */
  public synchronized byte[] nextUplink(boolean confirmed, int fPort, byte[] payload,
      UplinkRadio radio) {
    if (session == null) {
      throw new IllegalStateException("device " + config.devEui() + " has not joined");
    }
    byte[] fOpts = macAnswers;
    if (rekeyIndPending) {
      byte[] ind = MacCommandCodec.encode(List.of(new RekeyInd(RekeyInd.LORAWAN_1_1)));
      byte[] both = Arrays.copyOf(ind, ind.length + fOpts.length);
      System.arraycopy(fOpts, 0, both, ind.length, fOpts.length);
      fOpts = both;
    }
    if (fOpts.length > MAX_FOPTS) {
      fOpts = Arrays.copyOf(fOpts, MAX_FOPTS);
    }
    if (fPort == 0) {
      fOpts = new byte[0];
    }
    byte[] b = session.encodeUplink(confirmed, fPort, payload, fOpts, ackDownlink,
        radio.dataRate(), radio.channelIndex());
    ackDownlink = false;
    macAnswers = new byte[0];
    awaitingAck = confirmed;
    return b;
  }

  /**
   * Takes a data downlink: verifies and decrypts it, notes whether the next uplink must ACK, and
   * prepares the answers to its MAC requests.
   *
   * @return the downlink, and whether its ACK bit acknowledged the last (confirmed) uplink
   * @param marginDb the link margin to report in DevStatusAns
   * @throws FrameRejectedException when the device has no session or the session refuses it
   */
  public synchronized AcceptedDownlink acceptDownlink(PhyPayload phy, int marginDb)
      throws FrameRejectedException {
    if (session == null) {
      throw reject(FrameRejectedException.Reason.DECRYPT, "no session for a data downlink");
    }
    DownlinkData d = session.decodeDownlink(phy);
    if (d.confirmed()) {
      ackDownlink = true;
    }
    List<MacCommand> answers = new ArrayList<>(MacAnswers.answer(d.macCommands(), marginDb));
    for (MacCommand c : d.macCommands()) {
      if (c instanceof RekeyConf) {
        rekeyIndPending = false;
      }
    }
    if (!answers.isEmpty()) {
      byte[] more = MacCommandCodec.encode(answers);
      byte[] all = Arrays.copyOf(macAnswers, macAnswers.length + more.length);
      System.arraycopy(more, 0, all, macAnswers.length, more.length);
      macAnswers = all;
    }
    boolean acked = d.ack() && awaitingAck;
    if (acked) {
      awaitingAck = false;
    }
    return new AcceptedDownlink(d, acked);
  }

  /** Notes when the first copy of the current frame went out (latency start). */
  public synchronized void markSent(long nanos) {
    pendingSinceNanos = nanos;
  }

  /**
   * The time since the first copy of the frame being answered went out, once per frame: later
   * calls return -1 until the next {@link #markSent}.
   */
  public synchronized long answered(long nowNanos) {
    if (pendingSinceNanos == 0) {
      return -1;
    }
    long latency = nowNanos - pendingSinceNanos;
    pendingSinceNanos = 0;
    return latency;
  }

  private Aes128Key rootKey() {
    return config.macVersion().isLorawan11() ? config.nwkKey() : config.appKey();
  }

  private int randomDevNonce() {
    if (usedDevNonces.cardinality() >= 0x10000) {
      usedDevNonces.clear();
    }
    int n;
    do {
      n = random.nextInt(0x10000);
    } while (usedDevNonces.get(n));
    usedDevNonces.set(n);
    return n;
  }

  private static FrameRejectedException reject(FrameRejectedException.Reason r, String message) {
    return new FrameRejectedException(r, message);
  }
}
