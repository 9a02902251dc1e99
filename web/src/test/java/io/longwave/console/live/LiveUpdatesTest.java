package io.longwave.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveUpdatesTest {

  private static final Eui64 DEVICE = Eui64.parse("70b3d57ed0c0b001");
  private static final Eui64 OTHER_DEVICE = Eui64.parse("70b3d57ed0c0b002");
  private static final GatewayId GATEWAY = GatewayId.parse("0016c001ff10a235");
  private static final GatewayId OTHER_GATEWAY = GatewayId.parse("0016c001ff10b236");

  private final InMemoryFrameLog log = new InMemoryFrameLog();
  private final Page devicePage = new Page();
  private final Page otherDevicePage = new Page();
  private final Page gatewayPage = new Page();
  private final List<Runnable> scheduled = new ArrayList<>();
  private final LiveUpdates live = new LiveUpdates();

  @BeforeEach
  void wire() {
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
    assertTrue(live.opened(device(DEVICE), devicePage));
    assertTrue(live.opened(gateway(GATEWAY), gatewayPage));
    log.uplink(uplink(DEVICE, GATEWAY));
    log.uplink(uplink(DEVICE, GATEWAY));
    log.uplink(uplink(DEVICE, GATEWAY));
    assertEquals(List.of(), devicePage.notices, "nothing before the window ends");
    runScheduled();
    assertEquals(List.of(LiveUpdates.CHANGED), devicePage.notices);
    assertEquals(List.of(LiveUpdates.CHANGED), gatewayPage.notices);
  }

  @Test
  void a_page_receives_only_the_notices_of_the_device_it_opened() {
    live.opened(device(DEVICE), devicePage);
    live.opened(device(OTHER_DEVICE), otherDevicePage);
    log.uplink(uplink(OTHER_DEVICE, OTHER_GATEWAY));
    runScheduled();
    assertEquals(List.of(), devicePage.notices, "the page of the other device only");
    assertEquals(List.of(LiveUpdates.CHANGED), otherDevicePage.notices);
    assertEquals(List.of(), gatewayPage.notices);
  }

  @Test
  void nothing_is_watched_after_the_last_page_closed() {
    Page second = new Page();
    live.opened(device(DEVICE), devicePage);
    live.opened(device(DEVICE), second);
    live.closed(device(DEVICE), devicePage);
    live.closed(device(DEVICE), devicePage);
    assertEquals(1, live.devicePages(DEVICE), "a page closed twice counts once");
    log.uplink(uplink(DEVICE, GATEWAY));
    runScheduled();
    assertEquals(List.of(), devicePage.notices, "a closed page gets no notice");
    assertEquals(List.of(LiveUpdates.CHANGED), second.notices);
    live.closed(device(DEVICE), second);
    log.uplink(uplink(DEVICE, GATEWAY));
    runScheduled();
    assertEquals(List.of(LiveUpdates.CHANGED), second.notices);
    assertEquals(0, live.devicePages(DEVICE));
  }

  @Test
  void pages_of_other_kinds_or_without_an_id_are_refused() {
    assertFalse(live.opened(new LiveTickets.Target("chat", DEVICE.toString()), devicePage));
    assertFalse(live.opened(device("not-an-eui"), devicePage));
    live.closed(device("not-an-eui"), devicePage);
    log.uplink(uplink(DEVICE, GATEWAY));
    runScheduled();
    assertEquals(List.of(), devicePage.notices);
    assertEquals(0, live.devicePages(DEVICE));
    assertEquals(0, live.gatewayPages(GATEWAY));
  }

  @Test
  void a_gateway_page_is_notified_of_frames_of_devices_nobody_watches() {
    live.opened(gateway(GATEWAY.toString().toUpperCase()), gatewayPage);
    log.uplink(uplink(OTHER_DEVICE, GATEWAY));
    runScheduled();
    assertEquals(List.of(LiveUpdates.CHANGED), gatewayPage.notices);
    assertEquals(1, live.gatewayPages(GATEWAY));
  }

  @Test
  void a_page_that_fails_to_take_a_notice_does_not_keep_it_from_the_others() {
    live.opened(device(DEVICE), notice -> {
      throw new IllegalStateException("socket gone");
    });
    live.opened(device(DEVICE), devicePage);
    log.uplink(uplink(DEVICE, GATEWAY));
    runScheduled();
    assertEquals(List.of(LiveUpdates.CHANGED), devicePage.notices);
  }

  private static LiveTickets.Target device(Object devEui) {
    return new LiveTickets.Target(LiveTickets.DEVICE, devEui.toString());
  }

  private static LiveTickets.Target gateway(Object id) {
    return new LiveTickets.Target(LiveTickets.GATEWAY, id.toString());
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

  /** Records the notices a page received. */
  private static final class Page implements Consumer<String> {
    final List<String> notices = new ArrayList<>();

    @Override
    public void accept(String notice) {
      notices.add(notice);
    }
  }
}
