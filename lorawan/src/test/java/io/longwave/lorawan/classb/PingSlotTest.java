package io.longwave.lorawan.classb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.ClassB;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ping-slot timing. The next-slot rows are the vectors of ChirpStack {@code
 * chirpstack/src/downlink/classb.rs} and brocaar/chirpstack-network-server {@code
 * internal/classb}; the other offsets were computed independently with {@code openssl enc
 * -aes-128-ecb} on the block beaconTime | DevAddr | 8 x 0x00.
 */
class PingSlotTest {

  private static final DevAddr ZERO = new DevAddr(0);

  static Stream<Arguments> pingOffsets() {
    return Stream.of(
        Arguments.of("beacon 0, DevAddr 0, pingNb 1", 0L, ZERO, 1, 2406),
        Arguments.of("beacon 128, DevAddr 0, pingNb 1", 128L, ZERO, 1, 1850),
        Arguments.of("beacon 0, DevAddr 0, pingNb 2", 0L, ZERO, 2, 358),
        Arguments.of("beacon 0, DevAddr 0, pingNb 128", 0L, ZERO, 128, 6),
        Arguments.of("2008 beacon, 0314cf36, pingNb 1", 1203778304L, DevAddr.parse("0314cf36"), 1,
            1089),
        Arguments.of("2008 beacon, 0314cf36, pingNb 8", 1203778304L, DevAddr.parse("0314cf36"), 8,
            65),
        Arguments.of("2008 beacon, 26011bda, pingNb 16", 1203778304L, DevAddr.parse("26011bda"),
            16, 7),
        Arguments.of("next 2008 beacon, 26011bda, pingNb 16", 1203778432L,
            DevAddr.parse("26011bda"), 16, 113),
        Arguments.of("beacon time taken modulo 2^32", (1L << 32) + 128, ZERO, 1, 1850));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pingOffsets")
  void computes_the_ping_offset(
      String description, long beaconTime, DevAddr devAddr, int pingNb, int offset) {
    assertEquals(offset, PingSlot.pingOffset(beaconTime, devAddr, pingNb));
  }

  static Stream<Arguments> nextPingSlots() {
    return Stream.of(
        Arguments.of("pingNb 1 from the epoch", Duration.ZERO, 1, Duration.ofMillis(74300)),
        Arguments.of("pingNb 1 after the slot of its period", Duration.ofMinutes(2), 1,
            Duration.ofMillis(185620)),
        Arguments.of("pingNb 2 from the epoch", Duration.ZERO, 2, Duration.ofMillis(12860)),
        Arguments.of("pingNb 2 after the first slot", Duration.ofSeconds(13), 2,
            Duration.ofMillis(74300)),
        Arguments.of("pingNb 128 near the period end", Duration.ofSeconds(124), 128,
            Duration.ofMillis(124220)),
        Arguments.of("pingNb 128 at the last slot crosses the beacon boundary",
            Duration.ofMillis(124220), 128, Duration.ofMillis(130900)),
        Arguments.of("a slot start is not after itself", Duration.ofMillis(12860), 2,
            Duration.ofMillis(74300)),
        Arguments.of("one nanosecond before a slot", Duration.ofMillis(12860).minusNanos(1), 2,
            Duration.ofMillis(12860)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nextPingSlots")
  void finds_the_next_ping_slot(String description, Duration after, int pingNb, Duration slot) {
    assertEquals(slot, PingSlot.nextPingSlotAfter(ZERO, pingNb, after));
  }

  @Test
  void finds_the_next_ping_slot_after_a_utc_instant() {
    assertEquals(Duration.ofMillis(74300),
        PingSlot.nextPingSlotAfter(ZERO, 1, GpsTime.GPS_EPOCH));
    Instant after = Instant.parse("2025-07-14T00:00:00Z"); // GPS 1436486418, in beacon 1436486400
    Duration slot = PingSlot.nextPingSlotAfter(DevAddr.parse("26011bda"), 16, after);
    assertEquals(PingSlot.nextPingSlotAfter(DevAddr.parse("26011bda"), 16,
        Duration.ofSeconds(1436486418)), slot);
    assertTrue(slot.compareTo(Duration.ofSeconds(1436486418)) > 0);
  }

  @Test
  void lists_the_ping_slots_of_a_beacon_period() {
    assertEquals(List.of(Duration.ofMillis(12860), Duration.ofMillis(74300)),
        PingSlot.pingSlotsOfBeaconPeriod(Duration.ofSeconds(100), ZERO, 2));
    List<Duration> slots =
        PingSlot.pingSlotsOfBeaconPeriod(Duration.ofSeconds(1203778304), DevAddr.parse("0314cf36"),
            8);
    assertEquals(8, slots.size());
    // 1203778304 s + 2.12 s + (65 + n * 512) * 30 ms
    assertEquals(Duration.ofSeconds(1203778304).plusMillis(2120 + 65 * 30), slots.get(0));
    assertEquals(Duration.ofSeconds(1203778304).plusMillis(2120 + (65 + 7 * 512) * 30),
        slots.get(7));
  }

  @ParameterizedTest(name = "pingNb {0}")
  @ValueSource(ints = {1, 2, 4, 8, 16, 32, 64, 128})
  void keeps_every_slot_inside_the_beacon_window(int pingNb) {
    Duration windowEnd = ClassB.BEACON_RESERVED.plus(ClassB.BEACON_WINDOW);
    for (long period = 0; period < 500; period++) {
      Duration start = Duration.ofSeconds(period * 128);
      for (Duration slot : PingSlot.pingSlotsOfBeaconPeriod(start, DevAddr.parse("26011bda"),
          pingNb)) {
        Duration sinceBeacon = slot.minus(start);
        assertTrue(sinceBeacon.compareTo(ClassB.BEACON_RESERVED) >= 0, "" + slot);
        assertTrue(sinceBeacon.plus(ClassB.PING_SLOT_LENGTH).compareTo(windowEnd) <= 0, "" + slot);
      }
    }
  }

  @Test
  void follows_each_slot_with_the_next_one() {
    DevAddr devAddr = DevAddr.parse("26011bda");
    Duration t = Duration.ofSeconds(1436486400);
    for (int i = 0; i < 200; i++) {
      Duration next = PingSlot.nextPingSlotAfter(devAddr, 4, t);
      List<Duration> slots = PingSlot.pingSlotsOfBeaconPeriod(next, devAddr, 4);
      assertTrue(slots.contains(next), "the next slot is one of its period's slots");
      assertTrue(next.compareTo(t) > 0);
      t = next;
    }
  }

  @ParameterizedTest(name = "pingNb {0}")
  @ValueSource(ints = {0, 3, 256, -1})
  void rejects_a_ping_nb_that_is_not_a_power_of_two_up_to_128(int pingNb) {
    assertThrows(LorawanFormatException.class, () -> PingSlot.pingOffset(0, ZERO, pingNb));
    assertThrows(LorawanFormatException.class,
        () -> PingSlot.nextPingSlotAfter(ZERO, pingNb, Duration.ZERO));
    assertThrows(LorawanFormatException.class,
        () -> PingSlot.pingSlotsOfBeaconPeriod(Duration.ZERO, ZERO, pingNb));
  }
}
