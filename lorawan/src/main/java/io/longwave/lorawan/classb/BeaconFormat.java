package io.longwave.lorawan.classb;

import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.LoraModulation;
import io.longwave.lorawan.region.Modulation;
import io.longwave.lorawan.region.Region;
import java.util.Objects;

/**
 * The layout of a beacon frame (LoRaWAN 1.0.4 §13.2, LoRaWAN 1.1 §15.2, RP002-1.0.3 beacon
 * settings of each region): {@code RFU (rfu1Size) | [Param (1)] | Time (4) | CRC (2) | GwSpecific
 * (7) | RFU (rfu2Size) | CRC (2)}. The RFU sizes follow the beacon spreading factor of the region,
 * so that the frame is 17 bytes at SF9 (EU868, AS923, KR920 …), 19 bytes at SF8 (IN865) and SF10
 * (CN470), and 23 bytes at SF12 (US915 and AU915 at 500 kHz).
 *
 * @param version which specification's frame
 * @param rfu1Size RFU bytes before Param (1.0.4) or Time (1.0.3)
 * @param rfu2Size RFU bytes after GwSpecific
 */
public record BeaconFormat(BeaconVersion version, int rfu1Size, int rfu2Size) {

  /** Bytes of Time. */
  static final int TIME_SIZE = 4;

  /** Bytes of each CRC. */
  static final int CRC_SIZE = 2;

  /** Bytes of GwSpecific: InfoDesc and 6 bytes of Info. */
  static final int GW_SPECIFIC_SIZE = 7;

  /** Validates the sizes. */
  public BeaconFormat {
    if (version == null) {
      throw new LorawanFormatException("a beacon format needs its specification version");
    }
    if (rfu1Size < 0 || rfu1Size > 8 || rfu2Size < 0 || rfu2Size > 8) {
      throw new LorawanFormatException(
          "beacon RFU fields are 0 to 8 bytes, got " + rfu1Size + " and " + rfu2Size);
    }
  }

  /**
   * The layout for a beacon sent at {@code spreadingFactor} (8, 9, 10 or 12).
   *
   * @throws LorawanFormatException for another spreading factor
   */
  public static BeaconFormat forSpreadingFactor(int spreadingFactor, BeaconVersion version) {
    Objects.requireNonNull(version, "version");
    int rfu1;
    int rfu2;
    switch (spreadingFactor) {
      case 8 -> {
        rfu1 = 1;
        rfu2 = 3;
      }
      case 9 -> {
        rfu1 = 2;
        rfu2 = 0;
      }
      case 10 -> {
        rfu1 = 3;
        rfu2 = 1;
      }
      case 12 -> {
        rfu1 = 5;
        rfu2 = 3;
      }
      default ->
          throw new LorawanFormatException(
              "beacons are sent at SF8, SF9, SF10 or SF12, got SF" + spreadingFactor);
    }
    return new BeaconFormat(version, version == BeaconVersion.LORAWAN_1_0_4 ? rfu1 - 1 : rfu1,
        rfu2);
  }

  /**
   * The layout for the beacon of {@code region}, from the modulation of its beacon data rate.
   *
   * @throws LorawanFormatException when that data rate is not LoRa at a beacon spreading factor
   */
  public static BeaconFormat of(Region region, BeaconVersion version) {
    Objects.requireNonNull(region, "region");
    Modulation m = region.dataRate(region.beaconDataRate()).modulation();
    if (!(m instanceof LoraModulation lora)) {
      throw new LorawanFormatException("a beacon is LoRa modulated, got " + m);
    }
    return forSpreadingFactor(lora.spreadingFactor(), version);
  }

  /** True when the frame has the 1.0.4 Param byte. */
  public boolean hasParam() {
    return version == BeaconVersion.LORAWAN_1_0_4;
  }

  /** Offset of Param, or -1 without one. */
  int paramOffset() {
    return hasParam() ? rfu1Size : -1;
  }

  /** Offset of Time; the first CRC covers the bytes before it and Time. */
  int timeOffset() {
    return rfu1Size + (hasParam() ? 1 : 0);
  }

  /** Offset of the first CRC. */
  int crc1Offset() {
    return timeOffset() + TIME_SIZE;
  }

  /** Offset of GwSpecific, where the second CRC's part begins. */
  int gwSpecificOffset() {
    return crc1Offset() + CRC_SIZE;
  }

  /** Offset of the second CRC. */
  int crc2Offset() {
    return gwSpecificOffset() + GW_SPECIFIC_SIZE + rfu2Size;
  }

  /** The length of the whole beacon payload in bytes. */
  public int size() {
    return crc2Offset() + CRC_SIZE;
  }
}
