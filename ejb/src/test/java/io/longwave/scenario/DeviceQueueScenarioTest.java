package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.DeviceQueueException;
import io.longwave.downlink.DeviceQueueService;
import io.longwave.lorawan.Eui64;
import io.longwave.scenario.downlink.DownlinkGiven;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Enqueueing, listing and flushing a device's downlink queue. */
class DeviceQueueScenarioTest {

  @Test
  void enqueues_an_item_that_the_class_a_answer_then_sends() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueItem item = given.queueService().enqueue(DEV_EUI, 10, new byte[] {1, 2}, false);

    assertEquals(List.of(item), given.queueService().list(DEV_EUI));
    assertFalse(item.pending());
    assertEquals(-1, item.fCntDown());
    given.classAFlow().respond(given.response(false, List.of(), false));
    assertArrayEquals(item.data(), io.longwave.scenario.downlink.OpenedDownlink.open(
        given.gateways.sent().get(0).items().get(0), given.session(), 5, 9).frmPayload());
  }

  static Stream<Arguments> invalidFPorts() {
    return Stream.of(Arguments.of("MAC port", 0), Arguments.of("test port", 224),
        Arguments.of("beyond a byte", 256));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFPorts")
  void rejects_an_fport_outside_1_to_223(String description, int fPort) {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueException e = assertThrows(DeviceQueueException.class,
        () -> given.queueService().enqueue(DEV_EUI, fPort, new byte[1], false));
    assertEquals(DeviceQueueException.Reason.INVALID_F_PORT, e.reason());
    assertTrue(e.getMessage().contains(String.valueOf(fPort)));
    assertEquals(List.of(), given.queue.list(DEV_EUI));
  }

  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of("DR5: 242 bytes fit", 5, 242, true),
        Arguments.of("DR5: 243 bytes do not", 5, 243, false),
        Arguments.of("DR0: 51 bytes fit", 0, 51, true),
        Arguments.of("DR0: 52 bytes do not", 0, 52, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sizes")
  void accepts_payloads_up_to_the_largest_size_at_the_current_data_rate(
      String description, int dr, int size, boolean accepted) {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.session(s -> s.dr(dr));
    DeviceQueueService service = given.queueService();
    if (accepted) {
      service.enqueue(DEV_EUI, 1, new byte[size], false);
      assertEquals(1, service.list(DEV_EUI).size());
    } else {
      DeviceQueueException e = assertThrows(DeviceQueueException.class,
          () -> service.enqueue(DEV_EUI, 1, new byte[size], false));
      assertEquals(DeviceQueueException.Reason.PAYLOAD_TOO_LARGE, e.reason());
      assertTrue(e.getMessage().contains(String.valueOf(size)), e.getMessage());
    }
  }

  @Test
  void rejects_an_unknown_device() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    Eui64 other = Eui64.parse("ffffffffffffffff");
    DeviceQueueException e = assertThrows(DeviceQueueException.class,
        () -> given.queueService().enqueue(other, 1, new byte[1], false));
    assertEquals(DeviceQueueException.Reason.UNKNOWN_DEVICE, e.reason());
  }

  @Test
  void checks_a_device_without_session_against_its_regions_largest_payload() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.sessions.delete(DEV_EUI);
    assertEquals(242, given.queueService().maxPayloadSize(DEV_EUI));
  }

  @Test
  void lists_in_order_and_flushes_the_queue() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    DeviceQueueService service = given.queueService();
    DeviceQueueItem first = service.enqueue(DEV_EUI, 1, new byte[] {1}, false);
    DeviceQueueItem second = service.enqueue(DEV_EUI, 2, new byte[] {2}, true);

    assertEquals(List.of(first, second), service.list(DEV_EUI));
    assertEquals(2, service.flush(DEV_EUI));
    assertEquals(List.of(), service.list(DEV_EUI));
  }
}
