package io.longwave.codec.js;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.codec.CodecException;
import io.longwave.codec.DecodedUplink;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom JavaScript codecs: both ChirpStack signatures, errors and the script's results. */
class JavaScriptCodecTest {

  private static final JavaScriptEngine ENGINE = new JavaScriptEngine();
  private static final byte[] BYTES = {0x01, 0x0f, (byte) 0xa0};

  private static JsonObject json(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }

  private static DecodedUplink decode(String script) throws CodecException {
    return ENGINE.codec("p", script, "").decodeUplink(2, BYTES, Map.of("unit", "C"));
  }

  private static String decodeError(String script) {
    return assertThrows(CodecException.class, () -> decode(script)).getMessage();
  }

  @Test
  void decodes_with_the_v3_signature() throws Exception {
    DecodedUplink out = decode(
        "function Decode(fPort, bytes, variables) {"
            + " return {port: fPort, first: bytes[0], temp: ((bytes[1] << 8) | bytes[2]) / 10,"
            + " unit: variables.unit, n: bytes.length}; }");
    assertEquals(json("{'port':2,'first':1,'temp':400,'unit':'C','n':3}"), out.object());
    assertEquals(List.of(), out.warnings());
  }

  @Test
  void decodes_with_the_v4_signature_and_keeps_its_warnings() throws Exception {
    DecodedUplink out = decode(
        "function decodeUplink(input) {"
            + " return {data: {port: input.fPort, last: input.bytes[2], unit: input.variables.unit,"
            + " temp: 21.5}, warnings: ['battery low']}; }");
    assertEquals(json("{'port':2,'last':160,'unit':'C','temp':21.5}"), out.object());
    assertEquals(List.of("battery low"), out.warnings());
  }

  @Test
  void es6_syntax_is_accepted() throws Exception {
    DecodedUplink out = decode(
        "const decodeUplink = (input) => { let [a, b] = [input.bytes[0], input.bytes[1]];"
            + " return {data: {text: `${a}-${b}`}}; };");
    assertEquals(json("{'text':'1-15'}"), out.object());
  }

  @Test
  void the_v4_functions_win_when_a_script_defines_both() throws Exception {
    DecodedUplink out = decode(
        "function Decode() { return {v: 3}; } function decodeUplink() { return {data: {v: 4}}; }");
    assertEquals(json("{'v':4}"), out.object());
  }

  @Test
  void v4_errors_fail_the_decoding_with_their_messages() {
    String message = decodeError(
        "function decodeUplink(input) { return {errors: ['unknown frame', 'bad length']}; }");
    assertTrue(message.contains("unknown frame; bad length"), message);
  }

  @Test
  void a_script_throwing_gives_its_message_and_line() {
    String message = decodeError("function Decode(fPort, bytes) {\n throw new Error('no'); }");
    assertTrue(message.contains("no") && message.contains("line 2"), message);
  }

  @Test
  void a_type_error_gives_its_message() {
    String message = decodeError("function Decode(fPort, bytes) { return bytes.x.y; }");
    assertTrue(message.contains("TypeError"), message);
  }

  @Test
  void a_syntax_error_is_reported() {
    String message = decodeError("function Decode(fPort, bytes) { return {; }");
    assertTrue(message.startsWith("syntax error"), message);
  }

  @Test
  void a_script_without_either_function_is_refused() {
    String message = decodeError("function decode(bytes) { return {}; }");
    assertTrue(message.contains("neither decodeUplink(input) nor Decode"), message);
  }

  @Test
  void results_that_are_not_objects_are_refused() {
    assertTrue(decodeError("function Decode() { return 42; }").contains("must return an object"));
    assertTrue(decodeError("function Decode() { }").contains("returned nothing"));
    assertTrue(decodeError("function decodeUplink() { return {data: [1]}; }")
        .contains("must return {data: {...}}"));
  }

  @Test
  void a_blank_decoder_is_refused() {
    assertTrue(decodeError("  ").contains("no decoder script"));
  }

  @Test
  void encodes_with_the_v3_signature() throws Exception {
    byte[] out = ENGINE.codec("p", "", "function Encode(fPort, obj, variables) {"
            + " return [fPort, obj.on ? 1 : 0, parseInt(variables.level)]; }")
        .encodeDownlink(7, json("{'on':true}"), Map.of("level", "200"));
    assertArrayEquals(new byte[] {7, 1, (byte) 200}, out);
  }

  @Test
  void encodes_with_the_v4_signature_from_the_decoder_script() throws Exception {
    String script = "function decodeUplink(input) { return {data: {}}; }"
        + " function encodeDownlink(input) {"
        + " return {bytes: [input.fPort, input.data.level, input.variables.k.length]}; }";
    byte[] out = ENGINE.codec("p", script, "")
        .encodeDownlink(3, json("{'level':9}"), Map.of("k", "abcd"));
    assertArrayEquals(new byte[] {3, 9, 4}, out);
  }

  @Test
  void encoded_values_must_be_bytes() {
    JavaScriptCodec codec = ENGINE.codec("p", "", "function Encode() { return [1, 256]; }");
    CodecException e = assertThrows(CodecException.class,
        () -> codec.encodeDownlink(1, json("{}"), Map.of()));
    assertTrue(e.getMessage().contains("[1] is 256, not a byte"), e.getMessage());
    JavaScriptCodec fractions = ENGINE.codec("p", "", "function Encode() { return [1.5]; }");
    assertThrows(CodecException.class, () -> fractions.encodeDownlink(1, json("{}"), Map.of()));
    JavaScriptCodec errors = ENGINE.codec("p", "",
        "function encodeDownlink() { return {errors: ['level is required']}; }");
    CodecException reported = assertThrows(CodecException.class,
        () -> errors.encodeDownlink(1, json("{}"), Map.of()));
    assertTrue(reported.getMessage().contains("level is required"));
  }

  @Test
  void the_time_limit_is_configurable() throws Exception {
    JavaScriptEngine slow = new JavaScriptEngine(ScriptLimits.DEFAULT.withTimeout(
        Duration.ofMillis(20)));
    CodecException e = assertThrows(CodecException.class, () -> slow.codec("p",
        "function Decode() { var t = Date.now(); while (Date.now() - t < 1000) {} return {}; }",
        "").decodeUplink(1, BYTES, Map.of()));
    assertTrue(e.getMessage().contains("stopped after 20 ms"), e.getMessage());
  }
}
