package io.longwave.scenario.classb;

import io.longwave.application.multicast.MulticastGroupService;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.downlink.multicast.MulticastDownlinkFlow;
import io.longwave.downlink.multicast.MulticastQueuePlan;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.multicast.MulticastScheduler;
import io.longwave.downlink.multicast.MulticastTxAckFlow;
import io.longwave.downlink.txack.TxAckFlow;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkSettings;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.InMemoryMulticastGroupRepository;
import io.longwave.testing.InMemoryMulticastQueueRepository;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingGatewayDownlinks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The world of a multicast scenario: EU868 member devices with sessions last heard by given
 * gateways, one multicast group, the group service at {@link #NOW} and the multicast scheduler,
 * with in-memory repositories and a recording gateway connection. One instance per test.
 */
public final class MulticastGiven {

  public static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  public static final UUID GROUP_ID = UUID.fromString("00000000-0000-0000-0000-00000000c0de");
  public static final DevAddr MC_ADDR = DevAddr.parse("07a1b2c3");
  public static final Aes128Key MC_NWK_S_KEY =
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");
  public static final Aes128Key MC_APP_S_KEY =
      Aes128Key.parse("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
  public static final GatewayId GATEWAY_A = GatewayId.parse("0000000000000a0a");
  public static final GatewayId GATEWAY_B = GatewayId.parse("0000000000000b0b");
  public static final GatewayId GATEWAY_C = GatewayId.parse("0000000000000c0c");

  public final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  public final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  public final InMemoryMulticastQueueRepository queue = new InMemoryMulticastQueueRepository();
  public final InMemoryMulticastGroupRepository groups =
      new InMemoryMulticastGroupRepository(queue);
  public final RecordingGatewayDownlinks gateways = new RecordingGatewayDownlinks();
  public final MulticastGroupService service =
      new MulticastGroupService(groups, queue, devices, devices, sessions,
          MulticastQueuePlan.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
  public final InMemoryDownlinkContextRepository contexts =
      new InMemoryDownlinkContextRepository();
  public final InMemoryFrameLog frames = new InMemoryFrameLog();
  public final RecordingApplicationEvents events = new RecordingApplicationEvents();
  public final MulticastScheduler scheduler =
      new MulticastScheduler(groups, queue,
          new MulticastDownlinkFlow(NetworkSettings.defaults(), gateways, new Random(5),
              contexts, frames, Clock.fixed(NOW, ZoneOffset.UTC)),
          MulticastQueuePlan.defaults());
  public final MulticastTxAckFlow multicastAcks = new MulticastTxAckFlow();
  public final TxAckFlow txAcks =
      new TxAckFlow(contexts, sessions, new InMemoryDeviceQueueRepository(), devices, devices,
          events, frames, Clock.fixed(NOW, ZoneOffset.UTC), multicastAcks);
  private final DeviceProfile profile =
      DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, MacVersion.LORAWAN_1_0_3);
  private int deviceCount;

  public MulticastGiven() {
    devices.save(profile);
  }

  /** A Class C group on 869.525 MHz DR0, frame counter 10. */
  public static MulticastGroup classC() {
    return new MulticastGroup(GROUP_ID, "class C", RegionId.EU868, MC_ADDR, MC_NWK_S_KEY,
        MC_APP_S_KEY, 10, MulticastGroupType.CLASS_C, 0, 869_525_000L, 0);
  }

  /** A Class B group at DR3 on the region's ping-slot frequency, 16 slots per beacon period. */
  public static MulticastGroup classB() {
    return new MulticastGroup(GROUP_ID, "class B", RegionId.EU868, MC_ADDR, MC_NWK_S_KEY,
        MC_APP_S_KEY, 20, MulticastGroupType.CLASS_B, 3, 0, 256);
  }

  /** A device whose last uplink these gateways heard, best first; it is not yet a member. */
  public Eui64 device(LastUplinkGateway... heard) {
    deviceCount++;
    Eui64 devEui = Eui64.parse(String.format("00000000000000%02x", deviceCount));
    devices.save(new Device(devEui, "member " + deviceCount, 1, profile.id(), null, null, false,
        false, 0));
    DeviceSession s = new DeviceSession(devEui, DevAddr.parse(String.format("0100%04x",
        deviceCount)), MacVersion.LORAWAN_1_0_3, RegionId.EU868,
        new Lorawan10SessionKeys(MC_NWK_S_KEY, MC_APP_S_KEY), NOW.minusSeconds(3600));
    s.lastUplinkGateways(List.of(heard));
    sessions.save(s);
    return devEui;
  }

  /** A device heard by these gateways, added to the group. */
  public Eui64 member(LastUplinkGateway... heard) {
    Eui64 devEui = device(heard);
    service.addDevice(GROUP_ID, devEui);
    return devEui;
  }

  /** A reception of a member's last uplink. */
  public static LastUplinkGateway heard(GatewayId gateway, boolean gpsSynchronised) {
    return new LastUplinkGateway(gateway, 0, 0, NOW.minusSeconds(30), 5, gpsSynchronised);
  }

  public List<DownlinkFrame> sent() {
    return new ArrayList<>(gateways.sent());
  }

  /**
   * The FRMPayload of a multicast frame as a member decrypts it, after checking the MIC with the
   * McNwkSKey and the address.
   *
   * @throws AssertionError when the MIC or address is wrong
   */
  public static byte[] open(byte[] phy, long fCnt) {
    if (!DataMic.checkDownlinkLorawan10(AesKeyContext.of(MC_NWK_S_KEY), phy, 0, phy.length,
        (int) fCnt)) {
      throw new AssertionError("the MIC does not check with the McNwkSKey and FCnt " + fCnt);
    }
    PhyPayload p = PhyPayload.decode(phy);
    if (!p.macPayload().fhdr().devAddr().equals(MC_ADDR)) {
      throw new AssertionError("sent to " + p.macPayload().fhdr().devAddr());
    }
    return FrmPayloadCipher.decrypt(AesKeyContext.of(MC_APP_S_KEY), Direction.DOWNLINK, MC_ADDR,
        (int) fCnt, p.macPayload().frmPayload());
  }
}
