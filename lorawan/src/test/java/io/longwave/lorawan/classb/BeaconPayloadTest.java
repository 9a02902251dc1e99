package io.longwave.lorawan.classb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.RegionId;
import io.longwave.lorawan.region.Regions;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Beacon frames. The first rows are the beacon encoding examples of LoRaWAN 1.0.4 §13.4 (the
 * SF9 one is also the example of LoRaWAN 1.0.3 §13.2 / 1.1 §15.2, where its first two bytes are
 * RFU); the others were computed by hand with CRC-16/XMODEM (poly 0x1021, init 0), the CRC of
 * LoRaMac-node {@code BeaconCrc}.
 */
class BeaconPayloadTest {

  private static final BeaconFormat SF9_104 =
      BeaconFormat.forSpreadingFactor(9, BeaconVersion.LORAWAN_1_0_4);
  private static final BeaconFormat SF9_103 =
      BeaconFormat.forSpreadingFactor(9, BeaconVersion.LORAWAN_1_0_3);
  private static final BeaconFormat SF10_104 =
      BeaconFormat.forSpreadingFactor(10, BeaconVersion.LORAWAN_1_0_4);
  private static final BeaconFormat SF12_104 =
      BeaconFormat.forSpreadingFactor(12, BeaconVersion.LORAWAN_1_0_4);
  private static final BeaconFormat SF8_103 =
      BeaconFormat.forSpreadingFactor(8, BeaconVersion.LORAWAN_1_0_3);

  private static final GatewayCoordinates SPEC_COORDINATES =
      new GatewayCoordinates(0, 0x002001, 0x038100);

  static Stream<Arguments> beacons() {
    return Stream.of(
        Arguments.of("1.0.4 §13.4 SF9 example",
            new BeaconPayload(SF9_104, 0, 0xCC020000L, SPEC_COORDINATES),
            "0000000002cca27e00012000008103de55"),
        Arguments.of("1.0.3 SF9 example (two RFU bytes)",
            new BeaconPayload(SF9_103, 0, 0xCC020000L, SPEC_COORDINATES),
            "0000000002cca27e00012000008103de55"),
        Arguments.of("1.0.4 §13.4 SF10 example",
            new BeaconPayload(SF10_104, 0, 0xCC020000L, SPEC_COORDINATES),
            "000000000002cca27e000120000081030050d4"),
        Arguments.of("US915 SF12, Param 1, NetID and GatewayID",
            new BeaconPayload(SF12_104, 1, 1436486400L,
                new OtherGwSpecific(3, Hex.decode("000013abcdef", "info"))),
            "0000000001000b9f55255803000013abcdef0000007a3e"),
        Arguments.of("EU868 1.0.3, second antenna at negative coordinates",
            new BeaconPayload(SF9_103, 0, 1436486400L, new GatewayCoordinates(1, -1, -8388608)),
            "0000000b9f5574f201ffffff0000805a6c"),
        Arguments.of("IN865 SF8 1.0.3, third antenna at 45 N 73.5 W",
            new BeaconPayload(SF8_103, 0, 1436486400L,
                GatewayCoordinates.ofDegrees(2, 45, -73.5)),
            "00000b9f5574f202000040bcbbcb000000539c"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("beacons")
  void encodes_and_decodes_beacons(String description, BeaconPayload beacon, String hex) {
    assertEquals(hex, Hex.encode(beacon.encode()));
    assertEquals(beacon, BeaconPayload.decode(beacon.format(), Hex.decode(hex, "beacon")));
  }

  static Stream<Arguments> regionFormats() {
    return Stream.of(
        Arguments.of(RegionId.EU868, BeaconVersion.LORAWAN_1_0_3, 2, 0, 17),
        Arguments.of(RegionId.EU868, BeaconVersion.LORAWAN_1_0_4, 1, 0, 17),
        Arguments.of(RegionId.AS923, BeaconVersion.LORAWAN_1_0_4, 1, 0, 17),
        Arguments.of(RegionId.KR920, BeaconVersion.LORAWAN_1_0_3, 2, 0, 17),
        Arguments.of(RegionId.US915, BeaconVersion.LORAWAN_1_0_3, 5, 3, 23),
        Arguments.of(RegionId.US915, BeaconVersion.LORAWAN_1_0_4, 4, 3, 23),
        Arguments.of(RegionId.AU915, BeaconVersion.LORAWAN_1_0_4, 4, 3, 23),
        Arguments.of(RegionId.CN470, BeaconVersion.LORAWAN_1_0_3, 3, 1, 19),
        Arguments.of(RegionId.IN865, BeaconVersion.LORAWAN_1_0_3, 1, 3, 19),
        Arguments.of(RegionId.IN865, BeaconVersion.LORAWAN_1_0_4, 0, 3, 19));
  }

  /** RFU sizes of LoRaMac-node's region headers (REGION_VERSION 1.1.0.3 and 2.1.0.1). */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("regionFormats")
  void lays_out_the_beacon_by_region(
      RegionId id, BeaconVersion version, int rfu1, int rfu2, int size) {
    BeaconFormat f = BeaconFormat.of(Regions.get(id), version);
    assertEquals(new BeaconFormat(version, rfu1, rfu2), f);
    assertEquals(size, f.size());
  }

  @Test
  void builds_the_beacon_of_a_beacon_period() {
    BeaconPayload b = BeaconPayload.of(SF9_104, Duration.ofSeconds(1436486418), SPEC_COORDINATES);
    assertEquals(1436486400L, b.time());
    assertEquals(0, b.param());
    BeaconPayload wrapped =
        BeaconPayload.of(SF9_104, Duration.ofSeconds((1L << 32) + 130), SPEC_COORDINATES);
    assertEquals(128L, wrapped.time());
  }

  @Test
  void reads_prec_from_param() {
    BeaconPayload b = new BeaconPayload(SF9_104, 0x07, 0, SPEC_COORDINATES);
    assertEquals(3, b.prec());
  }

  @Test
  void converts_coordinates_to_degrees() {
    GatewayCoordinates c = GatewayCoordinates.ofDegrees(0, -90, 180);
    assertEquals(-8388608, c.lat());
    assertEquals(8388607, c.lng(), "180 degrees east is one step short");
    assertEquals(-90.0, c.latitudeDegrees());
    assertEquals(45.0, GatewayCoordinates.ofDegrees(0, 45, 0).latitudeDegrees());
    assertEquals(-73.5, GatewayCoordinates.ofDegrees(0, 0, -73.5).longitudeDegrees(), 1e-4);
  }

  @Test
  void keeps_other_gw_specific_bytes_as_they_are() {
    byte[] frame = Hex.decode("0000000002cca27e00012000008103de55", "beacon");
    frame[8] = (byte) 0x80; // network-specific InfoDesc
    int crc = BeaconCrc.compute(frame, 8, 7);
    frame[15] = (byte) crc;
    frame[16] = (byte) (crc >>> 8);
    BeaconPayload b = BeaconPayload.decode(SF9_104, frame);
    assertEquals(new OtherGwSpecific(0x80, Hex.decode("012000008103", "info")), b.gwSpecific());
    assertArrayEquals(frame, b.encode());
  }

  static Stream<Arguments> malformed() {
    String good = "0000000002cca27e00012000008103de55";
    return Stream.of(
        Arguments.of("one byte short", good.substring(2)),
        Arguments.of("one byte long", good + "00"),
        Arguments.of("empty", ""),
        Arguments.of("first CRC wrong", good.replace("a27e", "a27f")),
        Arguments.of("Time corrupted", "0000000003cca27e00012000008103de55"),
        Arguments.of("second CRC wrong", good.replace("de55", "de56")),
        Arguments.of("GwSpecific corrupted", "0000000002cca27e00012000008104de55"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejects_malformed_beacons(String description, String hex) {
    byte[] bytes = Hex.decode(hex, "beacon");
    LorawanFormatException e =
        assertThrows(LorawanFormatException.class, () -> BeaconPayload.decode(SF9_104, bytes));
    assertTrue(e.getMessage().contains("beacon"), e.getMessage());
  }

  @Test
  void rejects_null_bytes_with_a_format_exception() {
    assertThrows(LorawanFormatException.class, () -> BeaconPayload.decode(SF9_104, null));
  }

  @Test
  void rejects_invalid_fields() {
    assertThrows(LorawanFormatException.class,
        () -> new BeaconPayload(SF9_103, 1, 0, SPEC_COORDINATES));
    assertThrows(LorawanFormatException.class,
        () -> new BeaconPayload(SF9_104, 256, 0, SPEC_COORDINATES));
    assertThrows(LorawanFormatException.class,
        () -> new BeaconPayload(SF9_104, 0, 1L << 32, SPEC_COORDINATES));
    assertThrows(LorawanFormatException.class,
        () -> new BeaconPayload(SF9_104, 0, -1, SPEC_COORDINATES));
    assertThrows(LorawanFormatException.class, () -> new BeaconPayload(SF9_104, 0, 0, null));
    assertThrows(LorawanFormatException.class,
        () -> BeaconPayload.of(SF9_104, Duration.ofSeconds(-1), SPEC_COORDINATES));
    assertThrows(LorawanFormatException.class, () -> new GatewayCoordinates(3, 0, 0));
    assertThrows(LorawanFormatException.class, () -> new GatewayCoordinates(0, 1 << 23, 0));
    assertThrows(LorawanFormatException.class, () -> GatewayCoordinates.ofDegrees(0, 91, 0));
    assertThrows(LorawanFormatException.class,
        () -> GatewayCoordinates.ofDegrees(0, Double.NaN, 0));
    assertThrows(LorawanFormatException.class, () -> new OtherGwSpecific(2, new byte[6]));
    assertThrows(LorawanFormatException.class, () -> new OtherGwSpecific(3, new byte[5]));
    assertThrows(LorawanFormatException.class,
        () -> BeaconFormat.forSpreadingFactor(11, BeaconVersion.LORAWAN_1_0_4));
  }
}
