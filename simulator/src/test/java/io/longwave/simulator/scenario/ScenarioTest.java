package io.longwave.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import io.longwave.simulator.device.Activation;
import io.longwave.simulator.device.DeviceConfig;
import io.longwave.simulator.device.MacVersion;
import io.longwave.simulator.device.RadioPlan;
import io.longwave.simulator.device.SimulatedDevice;
import io.longwave.simulator.metrics.CounterSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static List<DeviceConfig> devices(int n) {
    Random r = new Random(7);
    List<DeviceConfig> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(DeviceConfig.random(r, new Eui64(0x70b3d57ed0000000L), i,
          new Eui64(0x70b3d57ed00000ffL), new NetId(0x13), MacVersion.LORAWAN_1_0_3));
    }
    return l;
  }

  private static ScenarioConfig config(FakeNetworkServer ns, List<DeviceConfig> devices,
      Activation activation, boolean confirmed) throws Exception {
    return new ScenarioConfig(ns.address(), 3, new Eui64(0x0016c001ff100000L), devices,
        activation, 2, new RadioPlan(Regions.get(RegionId.EU868), 5, null),
        Duration.ofMillis(250), Duration.ofMillis(2500), confirmed, 10, 8,
        Duration.ofMillis(500), Duration.ofMillis(700), Duration.ofMillis(500), 42, 0, 0);
  }

  @Test
  void otaa_devices_join_and_confirmed_uplinks_flow_through_two_of_three_gateways()
      throws Exception {
    List<DeviceConfig> devices = devices(4);
    try (FakeNetworkServer ns = new FakeNetworkServer(devices)) {
      Scenario scenario = new Scenario(config(ns, devices, Activation.OTAA, true));
      SimulationSummary s = scenario.run(null, null);
      CounterSnapshot c = s.counters();

      for (SimulatedDevice d : scenario.devices()) {
        assertTrue(d.joined(), "device " + d.config().devEui() + " joined");
      }
      assertTrue(c.joinAccepts() >= 4, "join-accepts: " + c);
      assertTrue(c.uplinks() >= 8, "uplinks: " + c);
      assertEquals(c.uplinks(), ns.validUplinks.get(), "every data uplink's MIC verifies");
      assertEquals(0, ns.invalidUplinks.get());
      for (AtomicInteger copies : ns.copiesByFrame.values()) {
        assertEquals(2, copies.get(), "each frame is heard by two gateways");
      }
      assertEquals(3, ns.pushDataByGateway.size(), "all three gateways forward");
      assertEquals(ns.pullResps.get(), ns.txAcksOk.get(), "a TX_ACK for every PULL_RESP");
      assertEquals(ns.pullResps.get(), c.txAcks());
      assertEquals(c.pushData(), c.pushAcks(), "every PUSH_DATA is acknowledged");
      assertTrue(c.pullAcks() >= 3);
      assertTrue(c.acks() >= c.uplinks() - 4, "confirmed uplinks are acknowledged: " + c);
      assertEquals(0, c.micFailures());
      assertEquals(0, c.decryptFailures());
      assertEquals(0, c.unmatchedDownlinks());
      assertEquals(c.joinAccepts() + c.downlinks(), s.latency().count(),
          "one latency per answered frame");
      assertTrue(s.latency().maxMicros() > 0 && s.latency().maxMicros() < 1_000_000);
    }
  }

  @Test
  void abp_devices_send_unconfirmed_uplinks_without_joining() throws Exception {
    List<DeviceConfig> devices = devices(3);
    try (FakeNetworkServer ns = new FakeNetworkServer(devices)) {
      Scenario scenario = new Scenario(config(ns, devices, Activation.ABP, false));
      SimulationSummary s = scenario.run(null, null);
      CounterSnapshot c = s.counters();
      assertEquals(0, c.joinRequests());
      assertTrue(c.uplinks() >= 6, "uplinks: " + c);
      assertEquals(c.pushData(), c.pushAcks());
      assertEquals(0, s.latency().count(), "nothing answers unconfirmed ABP uplinks here");
      assertTrue(ns.copiesByFrame.size() >= 6);
    }
  }
}
