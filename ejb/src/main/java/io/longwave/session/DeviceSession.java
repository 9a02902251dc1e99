package io.longwave.session;

import io.longwave.adr.UplinkMetrics;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.RegionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The state of one activated device (ChirpStack's {@code DeviceSession}): address and session
 * keys; frame counters (LoRaWAN 1.0.4 §4.3.1.5, 1.1 §4.3.1.5: FCntUp, NFCntDown, AFCntDown); the
 * radio parameters the device was told (receive windows, data rate, TX power, NbTrans, channels);
 * and MAC state (pending requests, error counts, device status).
 *
 * <p>Frame counters hold the next value expected or to use, as unsigned 32-bit values in a long.
 * For LoRaWAN 1.0.x devices only {@link #nFCntDown} counts downlinks.
 *
 * <p>Threading: not thread-safe; each flow works on its own copy from the repository, and the
 * repository's version check serialises their saves.
 */
public final class DeviceSession {

  /** {@link #awaitedAckQueueItem()} when it is not known: the queue has to be looked at. */
  public static final UUID UNKNOWN_AWAITED_ACK = new UUID(0, 0);

  private final Eui64 devEui;
  private final DevAddr devAddr;
  private final MacVersion macVersion;
  private final RegionId region;
  private final Aes128Key fNwkSIntKey;
  private final Aes128Key sNwkSIntKey;
  private final Aes128Key nwkSEncKey;
  private final Aes128Key appSKey;
  private final Instant activatedAt;
  private long version;

  private long fCntUp;
  private long nFCntDown;
  private long aFCntDown;
  private long confFCnt = -1;
  private boolean skipFCntCheck;
  private int nextRjCount0;
  private int nextRjCount1;

  private int rx1Delay = 1;
  private int rx1DrOffset;
  private int rx2Dr;
  private long rx2FrequencyHz;

  private boolean adr;
  private int dr;
  private int txPowerIndex;
  private int nbTrans = 1;
  private int maxSupportedTxPowerIndex;
  private BitSet enabledUplinkChannels = new BitSet();
  private List<Channel> extraUplinkChannels = new ArrayList<>();
  private boolean uplinkDwellTime400ms;
  private boolean downlinkDwellTime400ms;

  private DeviceClass deviceClass = DeviceClass.A;
  private int pingSlotNb;
  private int pingSlotDr;
  private long pingSlotFrequencyHz;

  private List<PendingMacCommand> pendingMacCommands = new ArrayList<>();
  private Map<Integer, Integer> macCommandErrorCount = new LinkedHashMap<>();
  private Instant lastDeviceStatusRequest;
  private Integer battery;
  private Integer margin;
  private boolean ackPending;
  private UUID awaitedAckQueueItem = UNKNOWN_AWAITED_ACK;
  private List<UplinkMetrics> adrHistory = new ArrayList<>();
  private List<LastUplinkGateway> lastUplinkGateways = List.of();
  private DeviceSession pendingRejoin;

  /**
   * A new session.
   *
   * @param keys the session keys of the join (or of ABP activation)
   */
  public DeviceSession(
      Eui64 devEui,
      DevAddr devAddr,
      MacVersion macVersion,
      RegionId region,
      SessionKeys keys,
      Instant activatedAt) {
    this(devEui, devAddr, macVersion, region, keys.fNwkSIntKey(), keys.sNwkSIntKey(),
        keys.nwkSEncKey(), keys.appSKey(), activatedAt, 0);
  }

  /** A session as stored, with its version. */
  public DeviceSession(
      Eui64 devEui,
      DevAddr devAddr,
      MacVersion macVersion,
      RegionId region,
      Aes128Key fNwkSIntKey,
      Aes128Key sNwkSIntKey,
      Aes128Key nwkSEncKey,
      Aes128Key appSKey,
      Instant activatedAt,
      long version) {
    this.devEui = Objects.requireNonNull(devEui, "devEui");
    this.devAddr = Objects.requireNonNull(devAddr, "devAddr");
    this.macVersion = Objects.requireNonNull(macVersion, "macVersion");
    this.region = Objects.requireNonNull(region, "region");
    this.fNwkSIntKey = Objects.requireNonNull(fNwkSIntKey, "fNwkSIntKey");
    this.sNwkSIntKey = Objects.requireNonNull(sNwkSIntKey, "sNwkSIntKey");
    this.nwkSEncKey = Objects.requireNonNull(nwkSEncKey, "nwkSEncKey");
    this.appSKey = Objects.requireNonNull(appSKey, "appSKey");
    this.activatedAt = Objects.requireNonNull(activatedAt, "activatedAt");
    this.version = version;
  }

  /** An independent copy with the same version. */
  public DeviceSession copy() {
    DeviceSession c =
        new DeviceSession(devEui, devAddr, macVersion, region, fNwkSIntKey, sNwkSIntKey,
            nwkSEncKey, appSKey, activatedAt, version);
    c.fCntUp = fCntUp;
    c.nFCntDown = nFCntDown;
    c.aFCntDown = aFCntDown;
    c.confFCnt = confFCnt;
    c.skipFCntCheck = skipFCntCheck;
    c.nextRjCount0 = nextRjCount0;
    c.nextRjCount1 = nextRjCount1;
    c.rx1Delay = rx1Delay;
    c.rx1DrOffset = rx1DrOffset;
    c.rx2Dr = rx2Dr;
    c.rx2FrequencyHz = rx2FrequencyHz;
    c.adr = adr;
    c.dr = dr;
    c.txPowerIndex = txPowerIndex;
    c.nbTrans = nbTrans;
    c.maxSupportedTxPowerIndex = maxSupportedTxPowerIndex;
    c.enabledUplinkChannels = (BitSet) enabledUplinkChannels.clone();
    c.extraUplinkChannels = new ArrayList<>(extraUplinkChannels);
    c.uplinkDwellTime400ms = uplinkDwellTime400ms;
    c.downlinkDwellTime400ms = downlinkDwellTime400ms;
    c.deviceClass = deviceClass;
    c.pingSlotNb = pingSlotNb;
    c.pingSlotDr = pingSlotDr;
    c.pingSlotFrequencyHz = pingSlotFrequencyHz;
    c.pendingMacCommands = new ArrayList<>(pendingMacCommands);
    c.macCommandErrorCount = new LinkedHashMap<>(macCommandErrorCount);
    c.lastDeviceStatusRequest = lastDeviceStatusRequest;
    c.battery = battery;
    c.margin = margin;
    c.ackPending = ackPending;
    c.awaitedAckQueueItem = awaitedAckQueueItem;
    c.adrHistory = new ArrayList<>(adrHistory);
    c.lastUplinkGateways = lastUplinkGateways;
    c.pendingRejoin = pendingRejoin == null ? null : pendingRejoin.copy();
    return c;
  }

  // ---- rejoin ----

  /**
   * The session a rejoin-request started, waiting for the device's first uplink under it
   * (LoRaWAN 1.1 §6.2.4: the network keeps the old context until then; ChirpStack's {@code
   * PendingRejoinDeviceSession}); null when there is none. This session stays valid meanwhile.
   */
  public DeviceSession pendingRejoin() {
    return pendingRejoin;
  }

  /**
   * Sets (or with null clears) the pending rejoin session; a later rejoin replaces it.
   *
   * @throws IllegalArgumentException when it is another device's, or has a pending session of
   *     its own
   */
  public DeviceSession pendingRejoin(DeviceSession pending) {
    if (pending != null
        && (!pending.devEui.equals(devEui) || pending.pendingRejoin != null)) {
      throw new IllegalArgumentException("not a pending session of " + devEui);
    }
    this.pendingRejoin = pending;
    return this;
  }

  /**
   * The pending rejoin session as the device's session from now on, at the version this one
   * will have once it is replaced in the repository.
   *
   * @throws IllegalStateException when there is none
   */
  public DeviceSession activatedPendingRejoin() {
    if (pendingRejoin == null) {
      throw new IllegalStateException("the session of " + devEui + " has no pending rejoin");
    }
    DeviceSession next = pendingRejoin.copy();
    next.version = version + 1;
    return next;
  }

  // ---- identity and keys ----

  public Eui64 devEui() {
    return devEui;
  }

  public DevAddr devAddr() {
    return devAddr;
  }

  public MacVersion macVersion() {
    return macVersion;
  }

  public RegionId region() {
    return region;
  }

  /** LoRaWAN 1.1: the key of the cmacF half of uplink MICs; 1.0: the NwkSKey. */
  public Aes128Key fNwkSIntKey() {
    return fNwkSIntKey;
  }

  /** LoRaWAN 1.1: the key of downlink MICs and uplink cmacS; 1.0: the NwkSKey. */
  public Aes128Key sNwkSIntKey() {
    return sNwkSIntKey;
  }

  /** LoRaWAN 1.1: the key of FOpts and FPort 0 encryption; 1.0: the NwkSKey. */
  public Aes128Key nwkSEncKey() {
    return nwkSEncKey;
  }

  public Aes128Key appSKey() {
    return appSKey;
  }

  public Instant activatedAt() {
    return activatedAt;
  }

  /** The stored version this copy was read at; the repository increments it on save. */
  public long version() {
    return version;
  }

  /** Set by repositories only. */
  public void version(long v) {
    version = v;
  }

  /** The next uplink FCnt expected (32 bits). */
  public long fCntUp() {
    return fCntUp;
  }

  public DeviceSession fCntUp(long v) {
    fCntUp = v;
    return this;
  }
  /** The next network downlink FCnt (1.0.x: every downlink). */
  public long nFCntDown() {
    return nFCntDown;
  }

  public DeviceSession nFCntDown(long v) {
    nFCntDown = v;
    return this;
  }
  /** The next application downlink FCnt (LoRaWAN 1.1, FPort > 0). */
  public long aFCntDown() {
    return aFCntDown;
  }

  public DeviceSession aFCntDown(long v) {
    aFCntDown = v;
    return this;
  }
  /** LoRaWAN 1.1: the FCnt of the confirmed downlink the next uplink may acknowledge, or -1. */
  public long confFCnt() {
    return confFCnt;
  }

  public DeviceSession confFCnt(long v) {
    confFCnt = v;
    return this;
  }
  /** Accept any frame counter. */
  public boolean skipFCntCheck() {
    return skipFCntCheck;
  }

  public DeviceSession skipFCntCheck(boolean v) {
    skipFCntCheck = v;
    return this;
  }
  /**
   * LoRaWAN 1.1 §6.2.4.3: the lowest RJcount0 a rejoin-request of type 0 or 2 may carry; the
   * device starts again at 0 with every join-accept, so a new session starts at 0.
   */
  public int nextRjCount0() {
    return nextRjCount0;
  }

  public DeviceSession nextRjCount0(int v) {
    nextRjCount0 = v;
    return this;
  }

  /**
   * LoRaWAN 1.1 §6.2.4.3: the lowest RJcount1 a rejoin-request of type 1 may carry. RJcount1
   * never restarts for a JoinEUI, so every new session of the device carries it over.
   */
  public int nextRjCount1() {
    return nextRjCount1;
  }

  public DeviceSession nextRjCount1(int v) {
    nextRjCount1 = v;
    return this;
  }

  /** RX1 delay in seconds (1..15). */
  public int rx1Delay() {
    return rx1Delay;
  }

  public DeviceSession rx1Delay(int v) {
    rx1Delay = v;
    return this;
  }
  /** RX1 data-rate offset. */
  public int rx1DrOffset() {
    return rx1DrOffset;
  }

  public DeviceSession rx1DrOffset(int v) {
    rx1DrOffset = v;
    return this;
  }
  /** RX2 data rate. */
  public int rx2Dr() {
    return rx2Dr;
  }

  public DeviceSession rx2Dr(int v) {
    rx2Dr = v;
    return this;
  }
  /** RX2 frequency in Hz. */
  public long rx2FrequencyHz() {
    return rx2FrequencyHz;
  }

  public DeviceSession rx2FrequencyHz(long v) {
    rx2FrequencyHz = v;
    return this;
  }
  /** The device asked for ADR in its last uplink. */
  public boolean adr() {
    return adr;
  }

  public DeviceSession adr(boolean v) {
    adr = v;
    return this;
  }
  /** The data rate of the last uplink (or the one ADR set). */
  public int dr() {
    return dr;
  }

  public DeviceSession dr(int v) {
    dr = v;
    return this;
  }
  /** The TX power index the device was told. */
  public int txPowerIndex() {
    return txPowerIndex;
  }

  public DeviceSession txPowerIndex(int v) {
    txPowerIndex = v;
    return this;
  }
  /** How many times the device sends each unconfirmed uplink. */
  public int nbTrans() {
    return nbTrans;
  }

  public DeviceSession nbTrans(int v) {
    nbTrans = v;
    return this;
  }
  /** The highest TX power index the device accepted. */
  public int maxSupportedTxPowerIndex() {
    return maxSupportedTxPowerIndex;
  }

  public DeviceSession maxSupportedTxPowerIndex(int v) {
    maxSupportedTxPowerIndex = v;
    return this;
  }
  /** Uplink dwell-time limit (TxParamSetup). */
  public boolean uplinkDwellTime400ms() {
    return uplinkDwellTime400ms;
  }

  public DeviceSession uplinkDwellTime400ms(boolean v) {
    uplinkDwellTime400ms = v;
    return this;
  }
  /** Downlink dwell-time limit (TxParamSetup). */
  public boolean downlinkDwellTime400ms() {
    return downlinkDwellTime400ms;
  }

  public DeviceSession downlinkDwellTime400ms(boolean v) {
    downlinkDwellTime400ms = v;
    return this;
  }
  /** The class the device operates in now. */
  public DeviceClass deviceClass() {
    return deviceClass;
  }

  public DeviceSession deviceClass(DeviceClass v) {
    deviceClass = v;
    return this;
  }
  /** Class B ping slots per beacon period (0 when unknown). */
  public int pingSlotNb() {
    return pingSlotNb;
  }

  public DeviceSession pingSlotNb(int v) {
    pingSlotNb = v;
    return this;
  }
  /** Class B ping-slot data rate. */
  public int pingSlotDr() {
    return pingSlotDr;
  }

  public DeviceSession pingSlotDr(int v) {
    pingSlotDr = v;
    return this;
  }
  /** Class B ping-slot frequency (0: the region's default or hopping). */
  public long pingSlotFrequencyHz() {
    return pingSlotFrequencyHz;
  }

  public DeviceSession pingSlotFrequencyHz(long v) {
    pingSlotFrequencyHz = v;
    return this;
  }
  /** When DevStatusReq was last sent, or null. */
  public Instant lastDeviceStatusRequest() {
    return lastDeviceStatusRequest;
  }

  public DeviceSession lastDeviceStatusRequest(Instant v) {
    lastDeviceStatusRequest = v;
    return this;
  }
  /** The last DevStatusAns battery level (0 external, 1..254, 255 unknown), or null. */
  public Integer battery() {
    return battery;
  }

  public DeviceSession battery(Integer v) {
    battery = v;
    return this;
  }
  /** The last DevStatusAns demodulation margin in dB, or null. */
  public Integer margin() {
    return margin;
  }

  public DeviceSession margin(Integer v) {
    margin = v;
    return this;
  }
  /**
   * The confirmed queue item that went on air and waits for the device's ACK (set when its TX
   * acknowledgement marks it pending), so that an uplink looks at the queue only then; {@link
   * #UNKNOWN_AWAITED_ACK} when not known (a new session, which may inherit a pending item, or one
   * stored before this was kept: the next uplink looks); null when none.
   */
  public UUID awaitedAckQueueItem() {
    return awaitedAckQueueItem;
  }

  public DeviceSession awaitedAckQueueItem(UUID queueItemId) {
    awaitedAckQueueItem = queueItemId;
    return this;
  }

  /** A confirmed uplink waits for its ACK in the next downlink. */
  public boolean ackPending() {
    return ackPending;
  }

  public DeviceSession ackPending(boolean v) {
    ackPending = v;
    return this;
  }
  /** The uplink channels the device has enabled (indices of the region's plan). */
  public BitSet enabledUplinkChannels() {
    return (BitSet) enabledUplinkChannels.clone();
  }

  public DeviceSession enabledUplinkChannels(BitSet v) {
    enabledUplinkChannels = (BitSet) v.clone();
    return this;
  }

  /** Channels added to the region's defaults (CFList or NewChannelReq), in index order. */
  public List<Channel> extraUplinkChannels() {
    return List.copyOf(extraUplinkChannels);
  }

  public DeviceSession extraUplinkChannels(List<Channel> v) {
    extraUplinkChannels = new ArrayList<>(v);
    return this;
  }

  /** MAC requests waiting for their answers, oldest first. */
  public List<PendingMacCommand> pendingMacCommands() {
    return List.copyOf(pendingMacCommands);
  }

  public DeviceSession pendingMacCommands(List<PendingMacCommand> v) {
    pendingMacCommands = new ArrayList<>(v);
    return this;
  }

  /** The last uplinks' link metrics, oldest first, at most 20 (for ADR). */
  public List<UplinkMetrics> adrHistory() {
    return List.copyOf(adrHistory);
  }

  public DeviceSession adrHistory(List<UplinkMetrics> v) {
    adrHistory = new ArrayList<>(v);
    return this;
  }

  /** The gateway that heard the last data uplink best, or null before the first. */
  public LastUplinkGateway lastUplinkGateway() {
    return lastUplinkGateways.isEmpty() ? null : lastUplinkGateways.get(0);
  }

  /** Sets the one gateway of the last uplink (null: none heard yet). */
  public DeviceSession lastUplinkGateway(LastUplinkGateway v) {
    lastUplinkGateways = v == null ? List.of() : List.of(v);
    return this;
  }

  /** Every gateway that heard the last data uplink, best first; empty before the first. */
  public List<LastUplinkGateway> lastUplinkGateways() {
    return lastUplinkGateways;
  }

  public DeviceSession lastUplinkGateways(List<LastUplinkGateway> v) {
    lastUplinkGateways = List.copyOf(v);
    return this;
  }

  /** Rejected or unanswered MAC requests by CID, to stop retrying after a limit. */
  public Map<Integer, Integer> macCommandErrorCount() {
    return Map.copyOf(macCommandErrorCount);
  }

  public DeviceSession macCommandErrorCount(Map<Integer, Integer> v) {
    macCommandErrorCount = new LinkedHashMap<>(v);
    return this;
  }

  @Override
  public String toString() {
    return "DeviceSession[" + devEui + " " + devAddr + " " + macVersion.text() + " fCntUp="
        + fCntUp + " nFCntDown=" + nFCntDown + " aFCntDown=" + aFCntDown + " v" + version + "]";
  }
}
