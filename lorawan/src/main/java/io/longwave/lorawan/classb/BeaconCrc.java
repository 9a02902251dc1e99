package io.longwave.lorawan.classb;

/**
 * The beacon CRC (LoRaWAN 1.0.4 §13.2, LoRaWAN 1.1 §15.2): CRC-16 with polynomial x^16 + x^12 +
 * x^5 + 1 (0x1021), initial value 0, most significant bit first, no final XOR (the
 * CRC-16/XMODEM parameters), sent little-endian.
 */
final class BeaconCrc {

  private BeaconCrc() {}

  /** The CRC of {@code len} bytes of {@code b} from {@code off}. */
  static int compute(byte[] b, int off, int len) {
    int crc = 0;
    for (int i = off; i < off + len; i++) {
      crc ^= (b[i] & 0xff) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
      crc &= 0xffff;
    }
    return crc;
  }
}
