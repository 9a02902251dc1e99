package io.longwave.lorawan.classb;

import io.longwave.lorawan.LorawanFormatException;
import java.time.Duration;
import java.util.Objects;

/**
 * The Class B beacon frame payload BCNPayload (LoRaWAN 1.0.4 §13.2, LoRaWAN 1.1 §15.2,
 * RP002-1.0.3 beacon settings), laid out by its {@link BeaconFormat}:
 *
 * <pre>
 * RFU | [Param] | Time (4, LE) | CRC (2, LE) | GwSpecific (7) | RFU | CRC (2, LE)
 * </pre>
 *
 * The first CRC covers the RFU, Param and Time bytes before it, the second covers GwSpecific and
 * the RFU bytes after it (see {@code BeaconCrc}: CRC-16/CCITT polynomial 0x1021, initial value 0).
 * Time is the GPS second of the beacon period start modulo 2^32. RFU bytes are sent as zero and
 * ignored when decoding. Immutable.
 *
 * <p>Failure modes: the constructor and {@link #decode(BeaconFormat, byte[])} throw {@link
 * LorawanFormatException} only: for a wrong length, either CRC not matching, a Param without the
 * 1.0.4 format, or a field out of range.
 *
 * @param format the region's layout
 * @param param the 1.0.4 Param byte (bits 1..0 Prec, bits 7..2 RFU); 0 in the 1.0.3 format
 * @param time the Time field, GPS seconds modulo 2^32
 * @param gwSpecific the GwSpecific field
 */
public record BeaconPayload(BeaconFormat format, int param, long time, GwSpecific gwSpecific) {

  /** Validates the fields. */
  public BeaconPayload {
    if (format == null) {
      throw new LorawanFormatException("a beacon needs its format");
    }
    if (gwSpecific == null) {
      throw new LorawanFormatException("a beacon needs its GwSpecific field");
    }
    if (param < 0 || param > 255 || (!format.hasParam() && param != 0)) {
      throw new LorawanFormatException(
          (format.hasParam() ? "Param is one byte (0 to 255)" : "a 1.0.3 beacon has no Param")
              + ", got "
              + param);
    }
    GpsTime.requireUnsigned32(time, "the beacon Time field");
  }

  /**
   * The beacon for the beacon period holding {@code gpsEpochTime}, with Param 0: its Time is the
   * period start in GPS seconds modulo 2^32.
   *
   * @throws LorawanFormatException before the GPS epoch
   */
  public static BeaconPayload of(
      BeaconFormat format, Duration gpsEpochTime, GwSpecific gwSpecific) {
    long beaconTime = GpsTime.beaconTimeSeconds(gpsEpochTime);
    if (beaconTime < 0) {
      throw new LorawanFormatException("a beacon is sent after the GPS epoch, got " + gpsEpochTime);
    }
    return new BeaconPayload(format, 0, GpsTime.beaconTimeField(beaconTime), gwSpecific);
  }

  /** Prec, the precision of the beacon's transmit time: bits 1..0 of Param (LoRaWAN 1.0.4). */
  public int prec() {
    return param & 0x03;
  }

  /** The {@link BeaconFormat#size()} bytes of the frame payload. */
  public byte[] encode() {
    byte[] out = new byte[format.size()];
    if (format.hasParam()) {
      out[format.paramOffset()] = (byte) param;
    }
    int t = format.timeOffset();
    for (int i = 0; i < BeaconFormat.TIME_SIZE; i++) {
      out[t + i] = (byte) (time >>> (8 * i));
    }
    int c1 = format.crc1Offset();
    writeCrc(out, c1, BeaconCrc.compute(out, 0, c1));
    int g = format.gwSpecificOffset();
    gwSpecific.write(out, g);
    int c2 = format.crc2Offset();
    writeCrc(out, c2, BeaconCrc.compute(out, g, c2 - g));
    return out;
  }

  /**
   * Decodes a beacon payload in {@code format} and checks both CRCs.
   *
   * @throws LorawanFormatException for a wrong length or a CRC that does not match
   */
  public static BeaconPayload decode(BeaconFormat format, byte[] bytes) {
    Objects.requireNonNull(format, "format");
    if (bytes == null || bytes.length != format.size()) {
      throw new LorawanFormatException(
          "a beacon in this format has "
              + format.size()
              + " bytes, got "
              + (bytes == null ? "none" : bytes.length));
    }
    int c1 = format.crc1Offset();
    checkCrc(bytes, 0, c1, "the first beacon CRC (RFU, Param, Time)");
    int g = format.gwSpecificOffset();
    int c2 = format.crc2Offset();
    checkCrc(bytes, g, c2, "the second beacon CRC (GwSpecific, RFU)");
    int param = format.hasParam() ? bytes[format.paramOffset()] & 0xff : 0;
    int t = format.timeOffset();
    long time = 0;
    for (int i = 0; i < BeaconFormat.TIME_SIZE; i++) {
      time |= (long) (bytes[t + i] & 0xff) << (8 * i);
    }
    return new BeaconPayload(format, param, time, GwSpecific.read(bytes, g));
  }

  private static void checkCrc(byte[] b, int from, int crcOffset, String what) {
    int sent = (b[crcOffset] & 0xff) | ((b[crcOffset + 1] & 0xff) << 8);
    int computed = BeaconCrc.compute(b, from, crcOffset - from);
    if (sent != computed) {
      throw new LorawanFormatException(
          what
              + " is 0x"
              + Integer.toHexString(sent)
              + " but the bytes give 0x"
              + Integer.toHexString(computed));
    }
  }

  private static void writeCrc(byte[] out, int off, int crc) {
    out[off] = (byte) crc;
    out[off + 1] = (byte) (crc >>> 8);
  }
}
