package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.ErrorEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.session.DeviceSession;
import io.longwave.testing.InterleavingDeviceSessionRepository;
import io.longwave.uplink.UplinkFrameSet;
import io.longwave.uplink.data.DataUplinkFixture;
import io.longwave.uplink.data.DataUplinkOutcome;
import io.longwave.uplink.data.GivenDataUplink;
import io.longwave.uplink.data.UplinkDrops;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two copies of one uplink handled at the same time (two instances, or a copy that escaped
 * de-duplication): both read the session at the same version, one claims the frame counter, the
 * other loses the versioned save, reads again and ends as a retransmission.
 */
class ConcurrentCopiesScenarioTest {

  static final Eui64 DEV_EUI = Eui64.parse("0807060504030201");
  static final DevAddr DEV_ADDR = DevAddr.parse("01020304");
  static final SessionKeys KEYS = new Lorawan10SessionKeys(
      Aes128Key.parse("0102030405060708090a0b0c0d0e0f10"),
      Aes128Key.parse("100f0e0d0c0b0a090807060504030201"));

  @ParameterizedTest(name = "skip-FCnt-check {0}")
  @ValueSource(booleans = {false, true})
  void two_concurrent_copies_give_exactly_one_application_event(boolean skipFCntCheck)
      throws Exception {
    DataUplinkFixture given = new DataUplinkFixture(new InterleavingDeviceSessionRepository(2));
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 41, skipFCntCheck,
        s -> { });
    UplinkFrameSet uplink = GivenDataUplink.lorawan10(DEV_ADDR, KEYS).fCnt(41).confirmed()
        .frmPayload(1, new byte[] {1, 2, 3}).frameSet();

    List<DataUplinkOutcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<DataUplinkOutcome>> f = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        f.add(pool.submit(() -> given.send(uplink)));
      }
      for (Future<DataUplinkOutcome> r : f) {
        outcomes.add(r.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(1, outcomes.stream().filter(DataUplinkOutcome::accepted).count());
    assertEquals(DataUplinkOutcome.dropped(UplinkDrops.FCNT_RETRANSMISSION, 41),
        outcomes.stream().filter(o -> !o.accepted()).findFirst().orElseThrow());
    assertEquals(1, given.events.of(DataUplinkEvent.class).size());
    assertEquals(0, given.events.of(ErrorEvent.class).size(), "a lost race is no device error");
    assertEquals(1, given.downlinks.responses().size());
    assertEquals(42, given.session(DEV_EUI).fCntUp());
  }

  @ParameterizedTest(name = "{0} concurrent save(s)")
  @ValueSource(ints = {1, 2})
  void runs_the_state_steps_again_when_their_save_loses_and_reports_mac_events_once(int saves) {
    DataUplinkFixture given = new DataUplinkFixture();
    given.activate(DEV_EUI, DEV_ADDR, MacVersion.LORAWAN_1_0_3, KEYS, 0, false, s -> { });
    int[] left = {saves};
    given.mac.onUplink(c -> {
      c.events().statusReported(new StatusEvent(DEV_EUI, 5, false, false, 50f));
      c.session().battery(128);
      if (left[0]-- > 0) {
        // another flow (a downlink, say) saves the session meanwhile
        DeviceSession other = given.session(DEV_EUI);
        given.sessions.save(other.nFCntDown(other.nFCntDown() + 1));
      }
    });

    DataUplinkOutcome outcome = given.send(GivenDataUplink.lorawan10(DEV_ADDR, KEYS)
        .fOpts(new byte[] {0x06, (byte) 0x80, 0x05}).frmPayload(2, new byte[] {9}).frameSet());

    assertEquals(DataUplinkOutcome.accepted(0), outcome);
    assertEquals(saves + 1, given.mac.handled().size(), "MAC handling ran on each fresh copy");
    assertEquals(1, given.events.of(StatusEvent.class).size());
    assertEquals(1, given.events.of(DataUplinkEvent.class).size());
    DeviceSession s = given.session(DEV_EUI);
    assertEquals(saves, s.nFCntDown(), "the concurrent change is kept");
    assertEquals(128, s.battery(), "and so is the uplink's");
    assertEquals(1, s.fCntUp());
  }
}
