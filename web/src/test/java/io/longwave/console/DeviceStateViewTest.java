package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.device.DeviceClass;
import io.longwave.framelog.DeviceState;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceStateViewTest {

  private static final Eui64 DEV_EUI = Eui64.parse("70b3d57ed0001234");

  @Test
  void a_device_without_state_is_not_activated_and_shows_dashes() {
    DeviceStateView v = DeviceStateView.of(null);
    assertFalse(v.activated());
    assertEquals("-", v.devAddr());
    assertEquals("-", v.battery());
  }

  @Test
  void an_activated_device_shows_its_session_and_last_uplink() {
    DeviceStateView v = DeviceStateView.of(new DeviceState(DEV_EUI, Instant.EPOCH, 5, -87, 7.25,
        127, 10, DevAddr.parse("26011f2a"), 12L, 4L, DeviceClass.A));
    assertTrue(v.activated());
    assertEquals("26011f2a", v.devAddr());
    assertEquals("12", v.fCntUp());
    assertEquals("4", v.nFCntDown());
    assertEquals("DR5", v.dataRate());
    assertEquals("RSSI -87 dBm, SNR 7.3 dB", v.radio());
    assertEquals("50 %", v.battery());
    assertEquals("10 dB", v.margin());
  }

  @Test
  void battery_levels_follow_dev_status_ans() {
    assertEquals("external power", DeviceStateView.battery(0));
    assertEquals("100 %", DeviceStateView.battery(254));
    assertEquals("not measurable", DeviceStateView.battery(255));
  }
}
