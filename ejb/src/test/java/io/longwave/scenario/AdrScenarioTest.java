package io.longwave.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.region.RegionId;
import io.longwave.mac.MacCommandDispatcher;
import io.longwave.mac.MacFixture;
import io.longwave.mac.MacRoundTrip;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ADR over a series of EU868 uplinks, the device obeying each LinkADRReq. */
class AdrScenarioTest {

  private final MacRoundTrip t = new MacRoundTrip(MacFixture.session(RegionId.EU868),
      MacFixture.profile(RegionId.EU868), new MacCommandDispatcher());

  /** Plays 20 uplinks at {@code snr}; returns the LinkADRReq sent, in order. */
  private List<LinkAdrReq> uplinks(boolean adr, double snr) {
    List<LinkAdrReq> requests = new ArrayList<>();
    int dr = 0;
    int downFCnt = 0;
    List<MacCommand> answers = List.of();
    for (int i = 0; i < 20; i++) {
      Instant at = MacFixture.T0.plusSeconds(60L * i);
      byte[] phy = t.uplinkPhy(10 + i, adr, answers);
      DownlinkFrame frame = t.play(MacFixture.uplink(868_100_000, 12 - dr, 125_000, at, phy,
          MacFixture.rx(1, snr, -60, at)), 10 + i, at);
      answers = List.of();
      if (frame != null) {
        for (MacCommand c : t.downlinkCommands(frame, downFCnt++)) {
          if (c instanceof LinkAdrReq req) {
            requests.add(req);
            dr = req.dataRate();
            answers = List.of(new LinkAdrAns(true, true, true));
          }
        }
      }
    }
    return requests;
  }

  @Test
  void twenty_uplinks_at_high_snr_raise_the_data_rate_then_lower_the_power() {
    List<LinkAdrReq> requests = uplinks(true, 10);

    assertEquals(new LinkAdrReq(5, 1, 0x0007, 0, 1), requests.get(0));
    assertEquals(5, t.session.dr());
    assertTrue(t.session.txPowerIndex() >= 5, "power lowered, index " + t.session.txPowerIndex());
    assertTrue(requests.get(requests.size() - 1).txPower() > requests.get(0).txPower());
  }

  @Test
  void adr_bit_off_sends_nothing() {
    List<LinkAdrReq> requests = uplinks(false, 10);

    assertEquals(List.of(), requests);
    assertEquals(0, t.session.txPowerIndex());
    assertEquals(List.of(), t.session.pendingMacCommands());
    assertEquals(List.of(), t.gateways.sent());
  }
}
