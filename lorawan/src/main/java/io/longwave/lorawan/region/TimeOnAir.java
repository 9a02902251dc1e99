package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;

/**
 * Time on air. LoRa after Semtech AN1200.13 and the SX1272/6 datasheet §4.1.1.7: symbol time {@code
 * 2^SF / BW}, preamble {@code (nPreamble + 4.25)} symbols, payload {@code 8 + max(ceil((8PL - 4SF +
 * 28 + 16CRC - 20IH) / (4(SF - 2DE))) (CR + 4), 0)} symbols, low-data-rate optimisation (DE) on
 * when a symbol lasts 16 ms or more. FSK as LoRaWAN sends it (RP002-1.0.3 §2.2.3): 5 preamble
 * bytes, 3 sync-word bytes, a length byte, the payload and a 2-byte CRC. Results are exact
 * nanoseconds, computed in integer arithmetic.
 */
public final class TimeOnAir {

  /** LoRaWAN's LoRa preamble: 8 symbols. */
  public static final int LORAWAN_PREAMBLE_SYMBOLS = 8;

  private TimeOnAir() {}

  /**
   * A LoRaWAN LoRa frame: coding rate 4/5, 8 preamble symbols, explicit header, automatic
   * low-data-rate optimisation.
   *
   * @param crc true for uplinks (payload CRC on), false for downlinks
   */
  public static Duration lora(LoraModulation modulation, int phyPayloadBytes, boolean crc) {
    int sf = modulation.spreadingFactor();
    int bw = modulation.bandwidthHz();
    return Duration.ofNanos(
        loraNanos(
            sf,
            bw,
            1,
            LORAWAN_PREAMBLE_SYMBOLS,
            true,
            crc,
            lowDataRateOptimizationRequired(sf, bw),
            phyPayloadBytes));
  }

  /** True when a symbol lasts 16 ms or more ({@code 2^SF / BW >= 16 ms}), as for SF11 and SF12. */
  public static boolean lowDataRateOptimizationRequired(int spreadingFactor, int bandwidthHz) {
    return (1L << spreadingFactor) * 1000 >= 16L * bandwidthHz;
  }

  /**
   * LoRa time on air in nanoseconds.
   *
   * @param codingRate 1 to 4 for 4/5 to 4/8
   * @param explicitHeader true for the explicit header mode LoRaWAN uses
   * @param lowDataRateOptimization the DE bit; see {@link #lowDataRateOptimizationRequired}
   */
  public static long loraNanos(
      int spreadingFactor,
      int bandwidthHz,
      int codingRate,
      int preambleSymbols,
      boolean explicitHeader,
      boolean crc,
      boolean lowDataRateOptimization,
      int payloadBytes) {
    new LoraModulation(spreadingFactor, bandwidthHz);
    if (codingRate < 1 || codingRate > 4) {
      throw new LorawanFormatException(
          "a LoRa coding rate is 1 to 4 (4/5 to 4/8), got " + codingRate);
    }
    if (preambleSymbols < 6 || preambleSymbols > 65535 || payloadBytes < 0 || payloadBytes > 255) {
      throw new LorawanFormatException(
          "need 6-65535 preamble symbols and 0-255 payload bytes, got "
              + preambleSymbols
              + " and "
              + payloadBytes);
    }
    long chipsPerSymbol = 1L << spreadingFactor;
    int de = lowDataRateOptimization ? 1 : 0;
    int numerator =
        8 * payloadBytes - 4 * spreadingFactor + 28 + (crc ? 16 : 0) - (explicitHeader ? 0 : 20);
    int denominator = 4 * (spreadingFactor - 2 * de);
    int blocks = numerator <= 0 ? 0 : (numerator + denominator - 1) / denominator;
    long payloadSymbols = 8 + (long) blocks * (codingRate + 4);
    // Quarter symbols keep the 4.25 preamble tail exact.
    long quarterSymbols = 4L * preambleSymbols + 17 + 4 * payloadSymbols;
    return quarterSymbols * chipsPerSymbol * 1_000_000_000L / (4L * bandwidthHz);
  }

  /** A LoRaWAN FSK frame: (5 + 3 + 1 + payload + 2) bytes at the bit rate. */
  public static Duration fsk(FskModulation modulation, int phyPayloadBytes) {
    return Duration.ofNanos(fskNanos(modulation.bitRate(), 5, phyPayloadBytes));
  }

  /**
   * FSK time on air in nanoseconds with a 3-byte sync word, a length byte and a 2-byte CRC.
   *
   * @param preambleBytes preamble length in bytes (LoRaWAN: 5)
   */
  public static long fskNanos(int bitRate, int preambleBytes, int payloadBytes) {
    if (bitRate <= 0 || preambleBytes < 0 || payloadBytes < 0 || payloadBytes > 255) {
      throw new LorawanFormatException(
          "need a positive bit rate and 0-255 payload bytes, got "
              + bitRate
              + " bit/s and "
              + payloadBytes);
    }
    long bits = 8L * (preambleBytes + 3 + 1 + payloadBytes + 2);
    return bits * 1_000_000_000L / bitRate;
  }
}
