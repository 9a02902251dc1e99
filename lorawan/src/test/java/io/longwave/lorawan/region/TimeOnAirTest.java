package io.longwave.lorawan.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Time on air against the Semtech LoRa calculator figures (SF7/125 kHz 13 bytes 46.336 ms, SF12/125
 * kHz 51 bytes 2465.792 ms) and brocaar/lorawan airtime_test.go (SF12/125 kHz 13 bytes without
 * low-data-rate optimisation 1155.072 ms; 23, 26, 18 and 58 payload symbols).
 */
class TimeOnAirTest {

  static Stream<Arguments> loraFrames() {
    return Stream.of(
        // description, SF, BW, CR, explicit header, CRC, DE, bytes, nanoseconds
        Arguments.of("SF7/125 13 bytes", 7, 125000, 1, true, true, false, 13, 46_336_000L),
        Arguments.of("SF12/125 51 bytes", 12, 125000, 1, true, true, true, 51, 2_465_792_000L),
        Arguments.of(
            "SF12/125 13 bytes DE off", 12, 125000, 1, true, true, false, 13, 1_155_072_000L),
        Arguments.of(
            "SF12/125 13 bytes CR 4/6", 12, 125000, 2, true, true, false, 13, 1_253_376_000L),
        Arguments.of(
            "SF12/125 13 bytes implicit header",
            12,
            125000,
            1,
            false,
            true,
            false,
            13,
            991_232_000L),
        Arguments.of(
            "SF12/125 50 bytes DE on", 12, 125000, 1, true, true, true, 50, 2_301_952_000L),
        Arguments.of(
            "SF7/125 13 bytes without CRC", 7, 125000, 1, true, false, false, 13, 41_216_000L),
        Arguments.of("SF7/125 no payload", 7, 125000, 1, true, true, false, 0, 25_856_000L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("loraFrames")
  void computes_lora_time_on_air(
      String description,
      int sf,
      int bw,
      int cr,
      boolean explicitHeader,
      boolean crc,
      boolean de,
      int bytes,
      long nanos) {
    assertEquals(nanos, TimeOnAir.loraNanos(sf, bw, cr, 8, explicitHeader, crc, de, bytes));
  }

  @Test
  void applies_lorawan_defaults_and_automatic_low_data_rate_optimisation() {
    assertEquals(
        Duration.ofNanos(46_336_000), TimeOnAir.lora(new LoraModulation(7, 125000), 13, true));
    assertEquals(
        Duration.ofNanos(2_465_792_000L), TimeOnAir.lora(new LoraModulation(12, 125000), 51, true));
    assertTrue(TimeOnAir.lowDataRateOptimizationRequired(11, 125000));
    assertTrue(TimeOnAir.lowDataRateOptimizationRequired(12, 250000));
    assertFalse(TimeOnAir.lowDataRateOptimizationRequired(10, 125000));
    assertFalse(TimeOnAir.lowDataRateOptimizationRequired(12, 500000));
  }

  @Test
  void computes_fsk_time_on_air() {
    // (5 preamble + 3 sync + 1 length + 13 payload + 2 CRC) bytes * 8 / 50 kbps = 3.84 ms
    assertEquals(Duration.ofNanos(3_840_000), TimeOnAir.fsk(new FskModulation(50000), 13));
    assertEquals(8 * 11 * 1_000_000_000L / 50000, TimeOnAir.fskNanos(50000, 5, 0));
  }

  @Test
  void rejects_impossible_frames() {
    assertThrows(
        LorawanFormatException.class,
        () -> TimeOnAir.loraNanos(7, 125000, 5, 8, true, true, false, 13));
    assertThrows(
        LorawanFormatException.class,
        () -> TimeOnAir.loraNanos(7, 125000, 1, 8, true, true, false, 256));
    assertThrows(
        LorawanFormatException.class,
        () -> TimeOnAir.loraNanos(13, 125000, 1, 8, true, true, false, 13));
    assertThrows(LorawanFormatException.class, () -> TimeOnAir.fskNanos(50000, 5, -1));
  }
}
