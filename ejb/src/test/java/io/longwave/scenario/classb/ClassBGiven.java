package io.longwave.scenario.classb;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.PingSlotDownlinks;
import io.longwave.downlink.data.ClassBDownlinkFlow;
import io.longwave.downlink.scheduler.DeviceQueueScheduler;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkSettings;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.session.LastUplinkGateway;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A Class B device: the downlink scenarios' EU868 device with a Class B profile (periodicity
 * {@value #PROFILE_PERIODICITY}, Class B timeout {@value #CLASS_B_TIMEOUT_SECONDS} s), its
 * session beacon-locked, with the region's ping-slot DR3 and default frequency, last heard a
 * minute before {@link DownlinkGiven#NOW} by gateway B (best, not GPS-synchronised) and gateway A
 * (GPS-synchronised, board 1, antenna 2). One scheduler kept across runs; one instance per test.
 */
public final class ClassBGiven {

  public static final Instant LAST_HEARD = DownlinkGiven.NOW.minusSeconds(60);
  public static final int PROFILE_PERIODICITY = 5;
  public static final int CLASS_B_TIMEOUT_SECONDS = 30;

  public final DownlinkGiven world;
  private final DeviceQueueScheduler scheduler;

  public ClassBGiven(MacVersion version) {
    world = new DownlinkGiven(version);
    world.profile(classBProfile(world.profile().id(), version));
    world.session(s -> s.deviceClass(DeviceClass.B).pingSlotDr(3).pingSlotFrequencyHz(0)
        .lastUplinkGateways(List.of(
            new LastUplinkGateway(DownlinkGiven.GATEWAY_B, 0, 0, LAST_HEARD, 9, false),
            new LastUplinkGateway(DownlinkGiven.GATEWAY_A, 1, 2, LAST_HEARD, 4, true))));
    scheduler =
        new DeviceQueueScheduler(DeviceClass.B, world.queue, world.sessions, world.devices,
            world.events,
            new ClassBDownlinkFlow(NetworkSettings.defaults(), world.devices, world.devices,
                world.queue, world.gateways, world.contexts, world.events, new Random(7),
                world.frames, PingSlotDownlinks.DEFAULT_SCHEDULING_MARGIN),
            DeviceQueueScheduler.DEFAULT_LOCK);
  }

  /** An EU868 OTAA profile that supports Class B. */
  public static DeviceProfile classBProfile(UUID id, MacVersion version) {
    return new DeviceProfile(id, "class B", RegionId.EU868, version, "RP002-1.0.3", true, true,
        false, CLASS_B_TIMEOUT_SECONDS, PROFILE_PERIODICITY, 60, 1, 0, 0, 0, 16, "default", 3600,
        0, true);
  }

  /** One scheduler run at {@code now}; the number of downlinks sent. */
  public int run(Instant now) {
    return scheduler.runOnce(now, 10);
  }

  public List<DownlinkFrame> sent() {
    return world.gateways.sent();
  }

  /** The gateway acknowledges the frame: it will go on air. */
  public void txAck(DownlinkFrame frame) {
    world.txAckFlow().handle(new DownlinkTxAck(frame.gatewayId(), frame.downlinkId(),
        List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
  }
}
