package io.longwave.integration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.integration.RejectedDownlinkException.Reason;
import io.longwave.lorawan.Eui64;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DownlinkCommandReaderTest {

  private static final Eui64 DEV = Eui64.parse("0102030405060708");

  @Test
  void reads_data_with_defaults() throws Exception {
    DownlinkCommand c = DownlinkCommandReader.read(4, DEV, bytes("{\"fPort\":223,\"data\":\"AAE=\"}"));
    assertEquals(4, c.applicationId());
    assertFalse(c.confirmed());
    assertEquals(223, c.fPort());
    assertArrayEquals(new byte[] {0, 1}, c.data());
    assertNull(c.object());
  }

  @Test
  void reads_an_addressed_jms_command() throws Exception {
    DownlinkCommand c = DownlinkCommandReader.readAddressed(bytes(
        "{\"applicationID\":\"9\",\"devEUI\":\"0102030405060708\",\"confirmed\":true,"
            + "\"fPort\":2,\"object\":{\"on\":true}}"));
    assertEquals(9, c.applicationId());
    assertEquals(DEV, c.devEui());
    assertEquals(true, c.object().getBoolean("on"));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("not json", Reason.MALFORMED),
        Arguments.of("[1]", Reason.MALFORMED),
        Arguments.of("{\"fPort\":1}", Reason.MALFORMED),
        Arguments.of("{\"fPort\":1,\"data\":\"AA==\",\"confirmed\":\"yes\"}", Reason.MALFORMED),
        Arguments.of("{\"fPort\":1,\"object\":[1]}", Reason.MALFORMED),
        Arguments.of("{\"data\":\"AA==\"}", Reason.BAD_FPORT),
        Arguments.of("{\"fPort\":0,\"data\":\"AA==\"}", Reason.BAD_FPORT),
        Arguments.of("{\"fPort\":224,\"data\":\"AA==\"}", Reason.BAD_FPORT),
        Arguments.of("{\"fPort\":1.5,\"data\":\"AA==\"}", Reason.BAD_FPORT),
        Arguments.of("{\"fPort\":1,\"data\":\"A\"}", Reason.BAD_DATA),
        Arguments.of("{\"fPort\":1,\"data\":5}", Reason.BAD_DATA),
        Arguments.of("{\"fPort\":1,\"data\":\"" + "A".repeat(324) + "\"}", Reason.TOO_LARGE),
        Arguments.of("{\"fPort\":1,\"data\":\"" + "A".repeat(20_000) + "\"}", Reason.TOO_LARGE));
  }

  @ParameterizedTest
  @MethodSource
  void refused(String json, Reason reason) {
    RejectedDownlinkException e = assertThrows(RejectedDownlinkException.class,
        () -> DownlinkCommandReader.read(1, DEV, bytes(json)));
    assertEquals(reason, e.reason(), e.getMessage());
  }

  @Test
  void an_addressed_command_needs_a_valid_application_and_device() {
    assertEquals(Reason.MALFORMED, assertThrows(RejectedDownlinkException.class,
        () -> DownlinkCommandReader.readAddressed(bytes(
            "{\"applicationID\":\"x\",\"devEUI\":\"0102030405060708\",\"fPort\":1,\"data\":\"\"}")))
        .reason());
    assertEquals(Reason.MALFORMED, assertThrows(RejectedDownlinkException.class,
        () -> DownlinkCommandReader.readAddressed(bytes(
            "{\"applicationID\":1,\"devEUI\":\"0102\",\"fPort\":1,\"data\":\"AA==\"}"))).reason());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
