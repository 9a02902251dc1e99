package io.longwave.scenario.classc;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.data.ClassCDownlinkFlow;
import io.longwave.downlink.scheduler.DeviceQueueScheduler;
import io.longwave.network.NetworkSettings;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.session.LastUplinkGateway;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * A Class C device (the downlink scenarios' EU868 device, its session switched to Class C and
 * last heard a minute before {@link DownlinkGiven#NOW} by gateway A on board 1, antenna 2), with
 * one scheduler kept across runs. One instance per test.
 */
public final class ClassCGiven {

  /** When gateway A heard the device's last uplink. */
  public static final Instant LAST_HEARD = DownlinkGiven.NOW.minusSeconds(60);

  public final DownlinkGiven world;
  private final DeviceQueueScheduler scheduler;

  public ClassCGiven(MacVersion version) {
    world = new DownlinkGiven(version);
    world.session(s -> s.deviceClass(DeviceClass.C)
        .lastUplinkGateway(new LastUplinkGateway(DownlinkGiven.GATEWAY_A, 1, 2, LAST_HEARD, 7.5)));
    scheduler =
        new DeviceQueueScheduler(DeviceClass.C, world.queue, world.sessions, world.devices, world.events,
            new ClassCDownlinkFlow(NetworkSettings.defaults(), world.queue, world.gateways,
                world.contexts, world.events, new Random(7), world.frames),
            DeviceQueueScheduler.DEFAULT_LOCK);
  }

  /** One scheduler run at {@code now}; the number of downlinks sent. */
  public int run(Instant now) {
    return scheduler.runOnce(now, 10);
  }

  /** The frames sent to gateways so far. */
  public List<DownlinkFrame> sent() {
    return world.gateways.sent();
  }

  /** The gateway acknowledges the frame: it went on air. */
  public void txAck(DownlinkFrame frame) {
    world.txAckFlow().handle(new DownlinkTxAck(frame.gatewayId(), frame.downlinkId(),
        List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
  }

  /** The gateway that will be reported as offline. */
  public void offline(GatewayId gateway) {
    world.gateways.offline(gateway);
  }
}
