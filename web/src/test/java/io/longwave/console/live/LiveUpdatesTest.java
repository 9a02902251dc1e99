package io.longwave.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.api.device.DeviceEventHub;
import io.longwave.api.device.NetworkReadModels;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import jakarta.faces.push.PushContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

  private static final Eui64 DEVICE = Eui64.parse("70b3d57ed0c0b001");
  private static final Eui64 OTHER_DEVICE = Eui64.parse("70b3d57ed0c0b002");
  private static final GatewayId GATEWAY = GatewayId.parse("0016c001ff10a235");
  private static final GatewayId OTHER_GATEWAY = GatewayId.parse("0016c001ff10b236");

  private final InMemoryFrameLog log = new InMemoryFrameLog();
  private final RecordingPushContext devicePages = new RecordingPushContext();
  private final RecordingPushContext gatewayPages = new RecordingPushContext();
  private final List<Runnable> scheduled = new ArrayList<>();
  private final LiveUpdates live = new LiveUpdates();

  @BeforeEach
  void wire() {
    live.devicePages = devicePages;
    live.gatewayPages = gatewayPages;
    live.events = new DeviceEventHub();
    live.network = new NetworkReadModels() {
      @Override
      public FrameLog frameLog() {
        return log;
      }
    };
    live.start((task, delay) -> scheduled.add(task));
  }

  @Test
  void an_uplink_notifies_the_open_pages_of_its_device_and_gateway_once_per_burst() {
    live.page(LiveUpdates.DEVICE_CHANNEL, DEVICE.toString(), true);
    live.page(LiveUpdates.GATEWAY_CHANNEL, GATEWAY.toString(), true);
    log.uplink(uplink(DEVICE, GATEWAY));
    log.uplink(uplink(DEVICE, GATEWAY));
    log.uplink(uplink(DEVICE, GATEWAY));
    assertEquals(Map.of(), devicePages.sent, "nothing before the window ends");
    runScheduled();
    assertEquals(Map.of(DEVICE.toString(), 1), devicePages.sent);
    assertEquals(Map.of(GATEWAY.toString(), 1), gatewayPages.sent);
  }

  @Test
  void a_page_receives_only_the_notices_of_the_device_it_opened() {
    live.page(LiveUpdates.DEVICE_CHANNEL, DEVICE.toString(), true);
    log.uplink(uplink(OTHER_DEVICE, OTHER_GATEWAY));
    runScheduled();
    assertEquals(Map.of(), devicePages.sent, "no page registered for the other device");
    assertEquals(Map.of(), gatewayPages.sent, "no page registered for the other gateway");
    assertEquals(0, live.devicePages(OTHER_DEVICE));
  }

  @Test
  void nothing_is_watched_after_the_last_page_closed() {
    live.page(LiveUpdates.DEVICE_CHANNEL, DEVICE.toString(), true);
    live.page(LiveUpdates.DEVICE_CHANNEL, DEVICE.toString(), true);
    live.page(LiveUpdates.DEVICE_CHANNEL, DEVICE.toString(), false);
    assertEquals(1, live.devicePages(DEVICE));
    live.page(LiveUpdates.DEVICE_CHANNEL, DEVICE.toString(), false);
    log.uplink(uplink(DEVICE, GATEWAY));
    runScheduled();
    assertEquals(Map.of(), devicePages.sent);
    assertEquals(0, live.devicePages(DEVICE));
  }

  @Test
  void sockets_of_other_channels_or_without_an_id_are_ignored() {
    live.page("chat", DEVICE.toString(), true);
    live.page(LiveUpdates.DEVICE_CHANNEL, null, true);
    live.page(LiveUpdates.DEVICE_CHANNEL, "not-an-eui", true);
    live.page(LiveUpdates.GATEWAY_CHANNEL, 42L, true);
    live.page(LiveUpdates.DEVICE_CHANNEL, "not-an-eui", false);
    log.uplink(uplink(DEVICE, GATEWAY));
    runScheduled();
    assertEquals(Map.of(), devicePages.sent);
    assertEquals(Map.of(), gatewayPages.sent);
    assertEquals(0, live.devicePages(DEVICE));
    assertEquals(0, live.gatewayPages(GATEWAY));
  }

  @Test
  void a_gateway_page_is_notified_of_frames_of_devices_nobody_watches() {
    live.page(LiveUpdates.GATEWAY_CHANNEL, GATEWAY.toString().toUpperCase(), true);
    log.uplink(uplink(OTHER_DEVICE, GATEWAY));
    runScheduled();
    assertEquals(Map.of(GATEWAY.toString(), 1), gatewayPages.sent);
    assertEquals(Map.of(), devicePages.sent);
  }

  private static LoggedUplink uplink(Eui64 devEui, GatewayId gateway) {
    return new LoggedUplink(Instant.now(), UUID.randomUUID(), devEui, null,
        MType.UNCONFIRMED_DATA_UP, new byte[] {0x40, 1, 2, 3, 4, 0, 0, 0, 1, 2, 3, 4},
        new UplinkTxInfo(868_100_000, new LoraModulation(125_000, 7, CodeRate.CR_4_5, false)),
        List.of(UplinkRxInfo.builder(gateway).rssi(-70).snr(6.5).build()));
  }

  private void runScheduled() {
    List<Runnable> due = new ArrayList<>(scheduled);
    scheduled.clear();
    due.forEach(Runnable::run);
  }

  /** Counts the notices sent to each user. */
  private static final class RecordingPushContext implements PushContext {
    private static final long serialVersionUID = 1L;
    final Map<Serializable, Integer> sent = new HashMap<>();

    @Override
    public Set<Future<Void>> send(Object message) {
      throw new AssertionError("a live notice always names its user");
    }

    @Override
    public <S extends Serializable> Set<Future<Void>> send(Object message, S user) {
      assertEquals(LiveUpdates.CHANGED, message);
      sent.merge(user, 1, Integer::sum);
      return Set.of();
    }

    @Override
    public <S extends Serializable> Map<S, Set<Future<Void>>> send(Object message,
        Collection<S> users) {
      Map<S, Set<Future<Void>>> results = new HashMap<>();
      users.forEach(u -> results.put(u, send(message, u)));
      return results;
    }
  }
}
