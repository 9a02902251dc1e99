package io.longwave.connector.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.CrcStatus;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.udp.packet.Rsig;
import io.longwave.connector.udp.packet.Rxpk;
import io.longwave.connector.udp.packet.Stat;
import io.longwave.connector.udp.packet.Txpk;
import io.longwave.connector.udp.packet.UdpPacketException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UdpFrameTranslatorTest {

  private static final GatewayId GW = GatewayId.parse("0102030405060708");
  private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");

  private static Rxpk lora(long tmst, int stat, List<Rsig> rsig, Long tmms, Long ftime) {
    return new Rxpk(NOW, tmms, tmst, ftime, 868.3, 1, 0, 0, stat, "LORA", "SF9BW125", "4/5", -70,
        7.25, rsig.isEmpty() ? null : 2, new byte[] {0x40, 1}, rsig);
  }

  @Test
  void an_rxpk_becomes_one_uplink_with_the_tmst_as_context() throws Exception {
    List<UplinkFrame> f =
        UdpFrameTranslator.uplinks(GW, lora(0x01020304L, 1, List.of(), null, null), NOW);
    assertEquals(1, f.size());
    UplinkFrame u = f.get(0);
    assertEquals(868_300_000L, u.txInfo().frequencyHz());
    assertEquals(new LoraModulation(125_000, 9, CodeRate.CR_4_5, false), u.txInfo().modulation());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, u.rxInfo().context());
    assertEquals(-70, u.rxInfo().rssi());
    assertEquals(7.25, u.rxInfo().snr());
    assertEquals(1, u.rxInfo().channel());
    assertEquals(CrcStatus.CRC_OK, u.rxInfo().crcStatus());
    assertEquals(NOW, u.rxInfo().gwTime());
    assertNull(u.rxInfo().fineTimestamp());
  }

  @Test
  void a_plain_fine_timestamp_is_tmms_seconds_plus_ftime() throws Exception {
    UplinkFrame u =
        UdpFrameTranslator.uplinks(GW, lora(5, 1, List.of(), 1_300_000_000_987L, 123L), NOW).get(0);
    assertEquals(Duration.ofMillis(1_300_000_000_987L), u.rxInfo().timeSinceGpsEpoch());
    assertEquals(new FineTimestamp.Plain(1_300_000_000_000_000_123L), u.rxInfo().fineTimestamp());
  }

  @Test
  void rsig_gives_one_uplink_per_antenna() throws Exception {
    byte[] etime = new byte[16];
    List<Rsig> rsig =
        List.of(
            new Rsig(0, 3, -71, null, 6.5, etime, null, null),
            new Rsig(1, 4, -88, null, -2.0, null, null, null));
    List<UplinkFrame> f = UdpFrameTranslator.uplinks(GW, lora(5, 1, rsig, null, null), NOW);
    assertEquals(2, f.size());
    assertEquals(0, f.get(0).rxInfo().antenna());
    assertEquals(-71, f.get(0).rxInfo().rssi());
    assertTrue(f.get(0).rxInfo().fineTimestamp() instanceof FineTimestamp.Encrypted e
        && e.aesKeyIndex() == 2);
    assertEquals(1, f.get(1).rxInfo().antenna());
    assertEquals(-2.0, f.get(1).rxInfo().snr());
    assertEquals(4, f.get(1).rxInfo().channel());
  }

  @Test
  void fsk_and_bad_data_rates() throws Exception {
    Rxpk fsk = new Rxpk(null, null, 1, null, 868.8, 8, 0, 0, 1, "FSK", "50000", null, -60, null,
        null, new byte[] {1}, List.of());
    assertEquals(new FskModulation(0, 50000),
        UdpFrameTranslator.uplinks(GW, fsk, NOW).get(0).txInfo().modulation());
    Rxpk bad = new Rxpk(null, null, 1, null, 868.1, 0, 0, 0, 1, "LORA", "SF7", "4/5", -60, null,
        null, new byte[] {1}, List.of());
    UdpPacketException e =
        assertThrows(UdpPacketException.class, () -> UdpFrameTranslator.uplinks(GW, bad, NOW));
    assertTrue(e.getMessage().contains("SF7BW125"), e.getMessage());
  }

  @Test
  void stats_keep_a_gps_location_only_when_complete() {
    Stat full = new Stat(NOW, 52.1, 4.3, 10.0, 5, 4, 4, 100, 2, 2, 41.5);
    GatewayStats s = UdpFrameTranslator.stats(GW, full, "192.0.2.1", NOW);
    assertEquals(LocationSource.GPS, s.location().source());
    assertEquals(52.1, s.location().latitude());
    assertEquals(5, s.rxPacketsReceived());
    assertEquals(4, s.rxPacketsForwarded());
    assertEquals(2, s.txPacketsEmitted());
    assertEquals(41.5, s.temperature());
    assertEquals("192.0.2.1", s.ip());
    Stat noFix = new Stat(null, 0.0, 0.0, 0.0, 1, 1, 1, 0, 0, 0, null);
    GatewayStats n = UdpFrameTranslator.stats(GW, noFix, "192.0.2.1", NOW);
    assertNull(n.location());
    assertEquals(NOW, n.time());
  }

  private static DownlinkFrameItem item(DownlinkTiming timing, byte[] context) {
    return new DownlinkFrameItem(
        new byte[] {0x60, 9},
        new DownlinkTxInfo(
            869_525_000L, 27, new LoraModulation(125_000, 12, CodeRate.CR_4_5, true), 0, 0,
            timing, context));
  }

  @Test
  void a_delayed_downlink_is_sent_at_the_uplink_tmst_plus_the_delay() {
    Txpk t =
        UdpFrameTranslator.txpk(
            item(new DownlinkTiming.Delay(Duration.ofSeconds(1)), new byte[] {0, 0, 0x27, 0x10}));
    assertEquals(10_000L + 1_000_000L, t.tmst());
    assertEquals(869.525, t.freqMhz());
    assertEquals("SF12BW125", t.datr());
    assertEquals(27, t.powe());
    assertTrue(t.ipol());
    Txpk wrapped =
        UdpFrameTranslator.txpk(
            item(new DownlinkTiming.Delay(Duration.ofSeconds(2)),
                new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}));
    assertEquals(1_999_999L, wrapped.tmst());
  }

  @Test
  void immediate_and_gps_timed_downlinks() {
    assertTrue(UdpFrameTranslator.txpk(item(new DownlinkTiming.Immediately(), null)).imme());
    Txpk gps =
        UdpFrameTranslator.txpk(
            item(new DownlinkTiming.GpsEpoch(Duration.ofMillis(1_300_000_000_500L)), null));
    assertEquals(1_300_000_000_500L, gps.tmms());
    assertThrows(IllegalArgumentException.class,
        () -> UdpFrameTranslator.txpk(item(new DownlinkTiming.Delay(Duration.ofSeconds(1)), null)));
  }
}
