package io.longwave.mac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.mac.NewChannelAns;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.region.Channel;
import io.longwave.session.DeviceSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewChannelAnsHandlerTest {

  @Test
  void an_accepted_channel_is_added_after_the_default_channels_and_enabled() {
    DeviceSession s = DeviceSideHandlersFixture.eu868();

    new NewChannelAnsHandler().handle(DeviceSideHandlersFixture.context(s),
        List.of(new NewChannelAns(true, true)), List.of(new NewChannelReq(3, 867_100_000, 5, 0)));

    assertEquals(List.of(new Channel(867_100_000, 0, 5)), s.extraUplinkChannels());
    assertTrue(s.enabledUplinkChannels().get(3));
    assertTrue(s.enabledUplinkChannels().get(0));
  }

  @Test
  void frequency_zero_removes_the_last_extra_channel() {
    DeviceSession s = DeviceSideHandlersFixture.eu868()
        .extraUplinkChannels(List.of(new Channel(867_100_000, 0, 5)));

    new NewChannelAnsHandler().handle(DeviceSideHandlersFixture.context(s),
        List.of(new NewChannelAns(true, true)), List.of(new NewChannelReq(3, 0, 0, 0)));

    assertEquals(List.of(), s.extraUplinkChannels());
    assertFalse(s.enabledUplinkChannels().get(3));
  }

  @Test
  void a_rejected_frequency_changes_nothing_and_counts_an_error() {
    DeviceSession s = DeviceSideHandlersFixture.eu868();

    new NewChannelAnsHandler().handle(DeviceSideHandlersFixture.context(s),
        List.of(new NewChannelAns(true, false)), List.of(new NewChannelReq(3, 867_100_000, 5, 0)));

    assertEquals(List.of(), s.extraUplinkChannels());
    assertEquals(Map.of(7, 1), s.macCommandErrorCount());
  }
}
