package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.AckEvent;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.downlink.ClassAResponse;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Lorawan11SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Channel;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Confirmed traffic: confirmed uplinks are answered with ACK, and the next uplink after a
 * confirmed downlink acknowledges it or not (LoRaWAN 1.0.4 §4.3.1.2, 1.1 §4.3.1.2; ChirpStack
 * {@code handle_uplink_ack}).
 */
class ConfirmedUplinkScenarioTest {

  static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));

  final DataUplinkFixture given = new DataUplinkFixture();

  static DeviceQueueItem item(boolean pending, long fCntDown) {
    return new DeviceQueueItem(UUID.randomUUID(), DEV_EUI, 5, new byte[] {1}, true, pending,
        fCntDown, null, Instant.parse("2024-05-01T09:59:00Z"));
  }

  @Test
  void answers_a_confirmed_uplink_with_ack_and_marks_the_ack_pending() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_4, KEYS, 2, false, s -> { });

    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).confirmed().fCnt(2)
        .frmPayload(8, new byte[] {5}).frameSet());

    ClassAResponse r = given.downlinks.responses().get(0);
    assertTrue(r.ack());
    assertTrue(r.mustSend());
    assertTrue(given.session(DEV_EUI).ackPending());
    assertTrue(given.events.of(DataUplinkEvent.class).get(0).confirmed());
  }

  /** {description, uplink ACK bit, acknowledged}. */
  static Stream<Arguments> acks() {
    return Stream.of(
        Arguments.of("an uplink with ACK acknowledges the pending downlink", true, true),
        Arguments.of("an uplink without ACK ends it unacknowledged", false, false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acks")
  void ends_the_pending_confirmed_downlink(String description, boolean ack, boolean acked) {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_4, KEYS, 2, false, s -> { });
    DeviceQueueItem pending = item(true, 7);
    DeviceQueueItem next = item(false, -1);
    given.queue.enqueue(pending);
    given.queue.enqueue(next);
    GivenDataUplink u = GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(2);

    given.send((ack ? u.ack(7) : u).frameSet());

    assertEquals(List.of(new AckEvent(DEV_EUI, pending.id(), acked, 7)),
        given.events.of(AckEvent.class));
    assertEquals(List.of(next), given.queue.list(DEV_EUI));
  }

  @Test
  void leaves_a_queue_item_not_yet_sent_alone() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_4, KEYS, 2, false, s -> { });
    DeviceQueueItem waiting = item(false, -1);
    given.queue.enqueue(waiting);

    given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(2).ack(0).frameSet());

    assertTrue(given.events.of(AckEvent.class).isEmpty());
    assertEquals(List.of(waiting), given.queue.list(DEV_EUI));
  }

  /** brocaar/lorawan LoRaWAN 1.1 'hello' with ACK: ConfFCnt 1, TxDr 2, TxCh 3 in B1. */
  static final String BROCAAR_11_ACK = "40" + "04030201" + "a0" + "0100" + "01" + "a694642615"
      + "f842c4b9";

  static final SessionKeys KEYS_11 = new Lorawan11SessionKeys(
      Aes128Key.parse("02020202020202020202020202020203"),
      Aes128Key.parse("02020202020202020202020202020202"),
      Aes128Key.parse("02020202020202020202020202020204"),
      Aes128Key.parse("02020202020202020202020202020205"));

  /** {description, session ConfFCnt, outcome}. */
  static Stream<Arguments> lorawan11Acks() {
    return Stream.of(
        Arguments.of("the session's ConfFCnt gives the MIC", 1L, DataUplinkOutcome.accepted(1)),
        Arguments.of("another ConfFCnt fails the MIC", 0L,
            DataUplinkOutcome.dropped(UplinkDrops.MIC_FAILED, -1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan11Acks")
  void checks_a_lorawan_1_1_ack_with_conf_fcnt_and_clears_it(
      String description, long confFCnt, DataUplinkOutcome outcome) {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_1_0, KEYS_11, 1, false,
        s -> s.confFCnt(confFCnt).extraUplinkChannels(List.of(new Channel(867_100_000L, 0, 5))));
    DeviceQueueItem pending = item(true, 1);
    given.queue.enqueue(pending);
    GivenDataUplink radio = GivenDataUplink.lorawan11(DEV_ADDR, KEYS_11)
        .channel(867_100_000L, 3, 2);

    DataUplinkOutcome result = given.send(radio.frameSetOf(Hex.decode(BROCAAR_11_ACK, "vector")));

    assertEquals(outcome, result);
    if (result.accepted()) {
      assertEquals(List.of(new AckEvent(DEV_EUI, pending.id(), true, 1)),
          given.events.of(AckEvent.class));
      assertEquals(-1, given.session(DEV_EUI).confFCnt());
      assertEquals("a694642615",
          Hex.encode(given.events.of(DataUplinkEvent.class).get(0).encryptedFrmPayload()));
      assertEquals(2, given.events.of(DataUplinkEvent.class).get(0).dr());
    } else {
      assertEquals(List.of(pending), given.queue.list(DEV_EUI));
    }
  }

  @Test
  void drops_a_confirmed_retransmission_as_chirpstack_v4_does() {
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_4, KEYS, 2, false, s -> { });
    GivenDataUplink u = GivenDataUplink.lorawan10(DEV_ADDR, KEYS).confirmed().fCnt(2)
        .frmPayload(8, new byte[] {5});
    given.send(u.frameSet());

    DataUplinkOutcome again = given.send(u.frameSet());

    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.FCNT_RETRANSMISSION, 2), again);
    assertEquals(1, given.events.of(DataUplinkEvent.class).size());
    assertEquals(1, given.downlinks.responses().size());
    assertEquals("UPLINK_FCNT_RETRANSMISSION", given.events.of(ErrorEvent.class).get(0).type());
    assertEquals(3, given.session(DEV_EUI).fCntUp());
  }
}
