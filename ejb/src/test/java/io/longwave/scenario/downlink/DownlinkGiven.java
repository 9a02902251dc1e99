package io.longwave.scenario.downlink;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.ClassAResponse;
import io.longwave.downlink.DeviceQueueService;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.data.ClassADownlinkFlow;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingGatewayDownlinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The world of a downlink scenario: in-memory edges, the flows under test wired to them, an EU868
 * device with a session, and builders for its uplinks and queue items. One instance per test.
 */
public final class DownlinkGiven {

  public static final Eui64 DEV_EUI = Eui64.parse("0102030405060708");
  public static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  public static final Aes128Key NWK_S_KEY = Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");
  public static final Aes128Key S_NWK_S_INT_KEY =
      Aes128Key.parse("01010101010101010101010101010100");
  public static final Aes128Key F_NWK_S_INT_KEY =
      Aes128Key.parse("01010101010101010101010101010300");
  public static final Aes128Key NWK_S_ENC_KEY =
      Aes128Key.parse("01010101010101010101010101010200");
  public static final Aes128Key APP_S_KEY = Aes128Key.parse("100f0e0d0c0b0a090807060504030201");
  public static final GatewayId GATEWAY_A = GatewayId.parse("0102030405060708");
  public static final GatewayId GATEWAY_B = GatewayId.parse("0807060504030201");
  public static final byte[] CONTEXT_A = {0x00, 0x0f, 0x42, 0x40};
  public static final byte[] CONTEXT_B = {0x01, 0x02, 0x03, 0x04};
  public static final long UPLINK_FREQUENCY_HZ = 868_100_000L;
  public static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  public final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  public final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
  public final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  public final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
  public final RecordingApplicationEvents events = new RecordingApplicationEvents();
  public final InMemoryFrameLog frames = new InMemoryFrameLog();
  public final InMemoryDownlinkContextRepository contexts =
      new InMemoryDownlinkContextRepository(clock, Duration.ofSeconds(30));

  private NetworkSettings settings = NetworkSettings.defaults();
  private DeviceProfile profile;
  private int queued;

  /** A world with a LoRaWAN 1.0.3 or 1.1 device whose session expects FCntUp 10. */
  public DownlinkGiven(MacVersion version) {
    profile = DeviceProfile.otaa(UUID.fromString("00000000-0000-0000-0000-000000000001"),
        RegionId.EU868, version);
    devices.save(profile);
    devices.save(new Device(DEV_EUI, "device", 1, profile.id(), Eui64.parse("0000000000000001"),
        null, false, false, 0));
    DeviceSession s =
        version.isLorawan11()
            ? new DeviceSession(DEV_EUI, DEV_ADDR, version, RegionId.EU868, F_NWK_S_INT_KEY,
                S_NWK_S_INT_KEY, NWK_S_ENC_KEY, APP_S_KEY, NOW, 0)
            : new DeviceSession(DEV_EUI, DEV_ADDR, version, RegionId.EU868, NWK_S_KEY, NWK_S_KEY,
                NWK_S_KEY, APP_S_KEY, NOW, 0);
    s.fCntUp(10).nFCntDown(5).aFCntDown(3).rx1Delay(1).rx2Dr(0).rx2FrequencyHz(869_525_000L)
        .dr(5);
    sessions.save(s);
  }

  public DownlinkGiven settings(NetworkSettings s) {
    settings = s;
    return this;
  }

  public DownlinkGiven profile(DeviceProfile p) {
    profile = p;
    devices.save(p);
    return this;
  }

  public DeviceProfile profile() {
    return profile;
  }

  /** The stored session (a copy). */
  public DeviceSession session() {
    return sessions.find(DEV_EUI).orElseThrow();
  }

  /** Changes the stored session. */
  public DownlinkGiven session(java.util.function.Consumer<DeviceSession> change) {
    DeviceSession s = session();
    change.accept(s);
    sessions.save(s);
    return this;
  }

  /** Queues an item; items enqueued later are created later. */
  public DeviceQueueItem enqueue(int fPort, byte[] data, boolean confirmed) {
    DeviceQueueItem item = new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, fPort, data,
        confirmed, false, -1, null, NOW.plusMillis(queued++));
    queue.enqueue(item);
    return item;
  }

  public ClassADownlinkFlow classAFlow() {
    return new ClassADownlinkFlow(settings, queue, gateways, contexts, events, new Random(7),
        frames, clock);
  }

  public TxAckFlow txAckFlow() {
    return new TxAckFlow(contexts, sessions, queue, devices, devices, events, frames, clock);
  }

  public DeviceQueueService queueService() {
    return new DeviceQueueService(devices, devices, sessions, queue, clock);
  }

  /** A reception by a gateway at an SNR. */
  public static UplinkRxInfo reception(GatewayId gateway, double snr, byte[] context) {
    return UplinkRxInfo.builder(gateway).snr(snr).rssi(-60).board(1).antenna(2)
        .context(context).nsTime(NOW).build();
  }

  /** The uplink modulation SF7BW125 (EU868 DR5) or another spreading factor. */
  public static UplinkTxInfo txInfo(int spreadingFactor) {
    return new UplinkTxInfo(UPLINK_FREQUENCY_HZ,
        new LoraModulation(125_000, spreadingFactor, CodeRate.CR_4_5, false));
  }

  /**
   * The answer the uplink flow hands on for the session's last uplink (FCntUp - 1), heard by
   * gateway A at SNR 9 and gateway B at SNR -3.
   */
  public ClassAResponse response(boolean ack, List<MacCommand> macCommands, boolean mustSend) {
    return response(ack, macCommands, mustSend, 5,
        List.of(reception(GATEWAY_A, 9, CONTEXT_A), reception(GATEWAY_B, -3, CONTEXT_B)));
  }

  /** The answer to an uplink at {@code uplinkDr} with these receptions, best first. */
  public ClassAResponse response(boolean ack, List<MacCommand> macCommands, boolean mustSend,
      int uplinkDr, List<UplinkRxInfo> receptions) {
    DeviceSession s = session();
    byte[] phy = uplinkPhyPayload(s, ack);
    io.longwave.uplink.UplinkFrameSet set = new io.longwave.uplink.UplinkFrameSet(
        UUID.randomUUID(), phy, txInfo(12 - uplinkDr), new ArrayList<>(receptions), NOW);
    return new ClassAResponse(s, profile, set, uplinkDr, ack, macCommands, mustSend);
  }

  /** The uplink with FCnt = FCntUp - 1, FPort 1, payload 01, encrypted and with its MIC. */
  private static byte[] uplinkPhyPayload(DeviceSession s, boolean confirmed) {
    int fCnt = (int) (s.fCntUp() - 1);
    Fhdr fhdr = Fhdr.of(s.devAddr(), FCtrl.Uplink.of(true, false, false, false), fCnt & 0xffff,
        new byte[0]);
    byte[] data = FrmPayloadCipher.encrypt(AesKeyContext.of(s.appSKey()), Direction.UPLINK,
        s.devAddr(), fCnt, new byte[] {0x01});
    MType type = confirmed ? MType.CONFIRMED_DATA_UP : MType.UNCONFIRMED_DATA_UP;
    byte[] b = PhyPayload.of(Mhdr.of(type), MacPayload.of(fhdr, 1, data), new byte[4]).encode();
    int len = b.length - 4;
    int mic = s.macVersion().isLorawan11()
        ? DataMic.uplinkLorawan11(AesKeyContext.of(s.sNwkSIntKey()),
            AesKeyContext.of(s.fNwkSIntKey()), b, 0, len, fCnt, 0, 5, 0)
        : DataMic.uplinkLorawan10(AesKeyContext.of(s.fNwkSIntKey()), b, 0, len, fCnt);
    Mic.write(mic, b, len);
    return b;
  }
}
