package io.longwave.scenario;

import static io.longwave.scenario.downlink.DownlinkGiven.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.scenario.classc.ClassCGiven;
import io.longwave.scenario.downlink.OpenedDownlink;
import io.longwave.session.DeviceSession;
import io.longwave.session.PendingMacCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * MAC commands on Class C downlinks (LoRaWAN 1.0.4 §4.3.1.6 and §13; ChirpStack sets MAC commands
 * on scheduled downlinks too): the requests the session waits an answer to ride in FOpts next to
 * the queue item, as far as they fit 15 bytes and the RX2 data rate (EU868 DR0: 51 bytes), and
 * stay pending until the device answers.
 */
class ClassCMacCommandScenarioTest {

  private static final byte[] DATA = {0x01, 0x02, 0x03, 0x04};
  private static final LinkAdrReq LINK_ADR = new LinkAdrReq(5, 3, 0x00ff, 0, 2);

  private static ClassCGiven withPending(MacVersion version, MacCommand... commands) {
    ClassCGiven given = new ClassCGiven(version);
    List<PendingMacCommand> pending = new ArrayList<>();
    for (MacCommand c : commands) {
      pending.add(new PendingMacCommand(c, NOW.minusSeconds(60), 1));
    }
    given.world.session(s -> s.pendingMacCommands(pending));
    return given;
  }

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of("LoRaWAN 1.0.3: FOpts in clear, FCntDown 5", MacVersion.LORAWAN_1_0_3, 5L),
        Arguments.of("LoRaWAN 1.1: FOpts encrypted with the AFCntDown A block",
            MacVersion.LORAWAN_1_1_0, 3L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void pending_requests_ride_in_fopts_next_to_the_queue_item(
      String description, MacVersion version, long fCnt) {
    ClassCGiven given = withPending(version, LINK_ADR, new DevStatusReq());
    given.world.enqueue(10, DATA, false);

    assertEquals(1, given.run(NOW));

    DeviceSession s = given.world.session();
    OpenedDownlink d = OpenedDownlink.open(given.sent().get(0).items().get(0), s, fCnt, 0);
    assertTrue(d.micValid());
    assertEquals(List.of(LINK_ADR, new DevStatusReq()), d.fOpts());
    assertEquals(6, d.fCtrl().fOptsLen());
    assertEquals(10, d.fPort());
    assertArrayEquals(DATA, d.frmPayload());
  }

  @Test
  void commands_beyond_fifteen_bytes_wait() {
    ClassCGiven given = withPending(MacVersion.LORAWAN_1_0_3,
        new NewChannelReq(3, 867_100_000, 5, 0), new NewChannelReq(4, 867_300_000, 5, 0),
        new NewChannelReq(5, 867_500_000, 5, 0));
    given.world.enqueue(10, DATA, false);

    given.run(NOW);

    OpenedDownlink d =
        OpenedDownlink.open(given.sent().get(0).items().get(0), given.world.session(), 5, 0);
    assertEquals(List.of(new NewChannelReq(3, 867_100_000, 5, 0),
        new NewChannelReq(4, 867_300_000, 5, 0)), d.fOpts(), "12 of 18 bytes fit FOpts");
  }

  @Test
  void only_what_the_rx2_data_rate_leaves_beside_the_payload_is_added() {
    ClassCGiven given = withPending(MacVersion.LORAWAN_1_0_3, new DevStatusReq(), LINK_ADR);
    byte[] large = new byte[49];
    given.world.enqueue(10, large, false);

    given.run(NOW);

    OpenedDownlink d =
        OpenedDownlink.open(given.sent().get(0).items().get(0), given.world.session(), 5, 0);
    assertEquals(List.of(new DevStatusReq()), d.fOpts(), "2 of 51 bytes are left at DR0");
    assertArrayEquals(large, d.frmPayload());
  }

  @Test
  void the_requests_stay_pending_after_the_tx_ack_until_the_device_answers() {
    ClassCGiven given = withPending(MacVersion.LORAWAN_1_0_3, LINK_ADR);
    given.world.enqueue(10, DATA, false);
    List<PendingMacCommand> before = given.world.session().pendingMacCommands();

    given.run(NOW);
    DownlinkFrame frame = given.sent().get(0);
    given.txAck(frame);

    assertEquals(before, given.world.session().pendingMacCommands());
    assertEquals(6, given.world.session().nFCntDown());
  }

  @Test
  void a_session_without_pending_requests_sends_no_fopts() {
    ClassCGiven given = new ClassCGiven(MacVersion.LORAWAN_1_0_3);
    given.world.enqueue(10, DATA, false);

    given.run(NOW);

    OpenedDownlink d =
        OpenedDownlink.open(given.sent().get(0).items().get(0), given.world.session(), 5, 0);
    assertEquals(List.of(), d.fOpts());
    assertEquals(0, d.fCtrl().fOptsLen());
  }
}
