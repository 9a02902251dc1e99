package io.longwave.codec.cayenne;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.codec.CodecException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cayenne LPP: rows {hex, object} checked in both directions; then malformed input. */
class CayenneLppTest {

  private final CayenneLpp lpp = new CayenneLpp();

  static Stream<Arguments> vectors() {
    return Stream.of(
        // the examples of the Cayenne LPP reference
        Arguments.of("03670110056700ff", "{'temperatureSensor':{'3':27.2,'5':25.5}}"),
        Arguments.of("0167ffd7", "{'temperatureSensor':{'1':-4.1}}"),
        Arguments.of("067104d2fb2e0000", "{'accelerometer':{'6':{'x':1.234,'y':-1.234,'z':0}}}"),
        Arguments.of("018806765ff2960a0003e8",
            "{'gpsLocation':{'1':{'latitude':42.3519,'longitude':-87.9094,'altitude':10}}}"),
        Arguments.of("000001", "{'digitalInput':{'0':1}}"),
        Arguments.of("010100", "{'digitalOutput':{'1':0}}"),
        Arguments.of("0202014d", "{'analogInput':{'2':3.33}}"),
        Arguments.of("0303ff9c", "{'analogOutput':{'3':-1}}"),
        Arguments.of("0464000186a0", "{'genericSensor':{'4':100000}}"),
        Arguments.of("056503e8", "{'illuminanceSensor':{'5':1000}}"),
        Arguments.of("066601", "{'presenceSensor':{'6':1}}"),
        Arguments.of("076861", "{'humiditySensor':{'7':48.5}}"),
        Arguments.of("087327f4", "{'barometer':{'8':1022.8}}"),
        Arguments.of("09740ce4", "{'voltage':{'9':33}}"),
        Arguments.of("0a7501f4", "{'current':{'10':0.5}}"),
        Arguments.of("0b7600000384", "{'frequency':{'11':900}}"),
        Arguments.of("0c7864", "{'percentage':{'12':100}}"),
        Arguments.of("0d79ffce", "{'altitude':{'13':-50}}"),
        Arguments.of("0e7afffc18", "{'load':{'14':-1}}"),
        Arguments.of("0f7d01a4", "{'concentration':{'15':420}}"),
        Arguments.of("10800960", "{'power':{'16':2400}}"),
        Arguments.of("1182000004d2", "{'distance':{'17':1.234}}"),
        Arguments.of("1283000f4240", "{'energy':{'18':1000}}"),
        Arguments.of("13840168", "{'direction':{'19':360}}"),
        Arguments.of("14856553f100", "{'unixTime':{'20':1700000000}}"),
        Arguments.of("158600640000ff9c", "{'gyrometer':{'21':{'x':1,'y':0,'z':-1}}}"),
        Arguments.of("1687ff8000", "{'colour':{'22':{'r':255,'g':128,'b':0}}}"),
        Arguments.of("178e01", "{'switch':{'23':1}}"),
        Arguments.of("", "{}"));
  }

  static Stream<Arguments> validVectors() {
    return vectors();
  }

  private static JsonObject json(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validVectors")
  void decodes_each_type_into_chirpstack_v3_shape(String hex, String expected) throws Exception {
    assertEquals(json(expected), lpp.decode(HexFormat.of().parseHex(hex)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validVectors")
  void encodes_the_decoded_object_back_to_the_same_bytes(String hex, String object)
      throws Exception {
    assertEquals(hex, HexFormat.of().formatHex(lpp.encode(json(object))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validVectors")
  void decoded_numbers_are_exact_decimals(String hex, String expected) throws Exception {
    String text = lpp.decode(HexFormat.of().parseHex(hex)).toString();
    assertTrue(!text.matches(".*\\.\\d{6,}.*"), text);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("01", "1 byte left at offset 0"),
        Arguments.of("0167ff", "temperatureSensor on channel 1 needs 2 bytes, 1 left at offset 2"),
        Arguments.of("01ff00", "unknown type 255 at offset 1"),
        Arguments.of("03670110054d00", "unknown type 77 at offset 5"),
        Arguments.of("0188000000", "gpsLocation on channel 1 needs 9 bytes"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformed")
  void malformed_payloads_give_a_clear_error(String hex, String message) {
    CodecException e =
        assertThrows(CodecException.class, () -> lpp.decode(HexFormat.of().parseHex(hex)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  static Stream<Arguments> unencodable() {
    return Stream.of(
        Arguments.of("{'thermometer':{'1':1}}", "unknown member 'thermometer'"),
        Arguments.of("{'temperatureSensor':5}", "must be an object of channel to value"),
        Arguments.of("{'temperatureSensor':{'256':1}}", "channel '256'"),
        Arguments.of("{'temperatureSensor':{'x':1}}", "channel 'x'"),
        Arguments.of("{'temperatureSensor':{'1':'warm'}}", "must be a number"),
        Arguments.of("{'temperatureSensor':{'1':4000}}", "outside -3276.8..3276.7"),
        Arguments.of("{'humiditySensor':{'1':-1}}", "outside 0..127.5"),
        Arguments.of("{'gpsLocation':{'1':{'latitude':1}}}", "has no 'longitude'"),
        Arguments.of("{'accelerometer':{'1':[1,2,3]}}", "must be an object with x, y, z"),
        Arguments.of("{'temperatureSensor':{'1':1e999999999}}", "outside"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("unencodable")
  void objects_that_do_not_fit_give_a_clear_error(String object, String message) {
    CodecException e = assertThrows(CodecException.class, () -> lpp.encode(json(object)));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validVectors")
  void the_codec_interface_decodes_whatever_the_fport(String hex, String expected)
      throws Exception {
    assertEquals(json(expected),
        lpp.decodeUplink(99, HexFormat.of().parseHex(hex), Map.of()).object());
    assertArrayEquals(HexFormat.of().parseHex(hex),
        lpp.encodeDownlink(1, json(expected), Map.of()));
  }
}
