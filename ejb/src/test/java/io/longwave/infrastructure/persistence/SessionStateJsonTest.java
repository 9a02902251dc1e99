package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.mac.DevStatusReq;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.mac.Proprietary;
import io.longwave.lorawan.mac.RxParamSetupReq;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.session.PendingMacCommand;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON of a session's MAC state: pending MAC commands as codec bytes in hex. */
class SessionStateJsonTest {

  private static final Instant SENT = Instant.parse("2025-03-01T10:01:00.123456789Z");

  private static DeviceSession session() {
    Aes128Key k = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
    return new DeviceSession(
        Eui64.parse("0102030405060708"), DevAddr.parse("26011f2a"), MacVersion.LORAWAN_1_0_3,
        RegionId.EU868, k, k, k, k, SENT, 1);
  }

  /**
   * Rows of {description, command, hex}: LoRaWAN 1.0.4 §5 payload layouts (LinkADRReq §5.3,
   * RXParamSetupReq §5.5, DevStatusReq §5.6, NewChannelReq §5.7; FREQ is in units of 100 Hz,
   * little-endian) and a proprietary CID.
   */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("LinkADRReq DR5 TXPower3 ChMask 0x00ff NbTrans 2",
            new LinkAdrReq(5, 3, 0x00ff, 0, 2), "0353ff0002"),
        Arguments.of("RXParamSetupReq offset 2 DR3 923.2 MHz",
            new RxParamSetupReq(2, 3, 923_200_000, 0), "052380de8c"),
        Arguments.of("DevStatusReq", new DevStatusReq(), "06"),
        Arguments.of("NewChannelReq 3 922.0 MHz DR0-5",
            new NewChannelReq(3, 922_000_000, 5, 0), "0703a0af8c50"),
        Arguments.of("proprietary 0x80", new Proprietary(0x80, new byte[] {1, 2, 3}),
            "80010203"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void keeps_a_pending_command_as_its_bytes_sent_downlink(
      String description, MacCommand command, String hex) {
    DeviceSession s =
        session().pendingMacCommands(List.of(new PendingMacCommand(command, SENT, 2)));
    String json = SessionStateJson.write(s);
    assertTrue(
        json.contains(
            "{\"command\":\"" + hex + "\",\"direction\":\"DOWNLINK\",\"sentAt\":\""
                + SENT + "\",\"attempts\":2}"),
        json);
    DeviceSession read = session();
    SessionStateJson.read(json, read);
    assertEquals(List.of(new PendingMacCommand(command, SENT, 2)), read.pendingMacCommands());
  }

  @Test
  void rejects_a_pending_command_cut_short() {
    String json =
        "{\"pendingMacCommands\":[{\"command\":\"0353ff00\",\"direction\":\"DOWNLINK\","
            + "\"sentAt\":\"2025-03-01T10:00:00Z\",\"attempts\":1}]}";
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> SessionStateJson.read(json, session()));
    assertTrue(e.getMessage().contains("0102030405060708"), e.getMessage());
    assertTrue(e.getMessage().contains("LinkADRReq"), e.getMessage());
  }

  @Test
  void rejects_text_that_is_not_json() {
    assertThrows(
        IllegalStateException.class, () -> SessionStateJson.read("{\"rx1Delay\":", session()));
  }

  @Test
  void rejects_a_member_of_the_wrong_type() {
    assertThrows(
        IllegalStateException.class,
        () -> SessionStateJson.read("{\"extraUplinkChannels\":[{\"frequencyHz\":\"x\"}]}",
            session()));
  }

  @Test
  void keeps_the_gateway_of_the_last_uplink() {
    DeviceSession s = session();
    LastUplinkGateway g =
        new LastUplinkGateway(GatewayId.parse("0016c001f153a14c"), 1, 2, SENT, -7.25);
    s.lastUplinkGateway(g);
    String json = SessionStateJson.write(s);
    DeviceSession read = session();
    SessionStateJson.read(json, read);
    assertEquals(g, read.lastUplinkGateway());
  }

  @Test
  void reads_a_state_without_a_last_uplink_gateway_as_none() {
    DeviceSession read = session().lastUplinkGateway(
        new LastUplinkGateway(GatewayId.parse("0016c001f153a14c"), 0, 0, SENT, 0));
    SessionStateJson.read("{\"format\":1,\"rx1Delay\":1}", read);
    assertNull(read.lastUplinkGateway());
  }

  @Test
  void rejects_a_last_uplink_gateway_with_a_bad_id() {
    assertThrows(
        IllegalStateException.class,
        () -> SessionStateJson.read("{\"lastUplinkGateway\":{\"gatewayId\":\"x\","
            + "\"at\":\"2025-03-01T10:00:00Z\",\"snr\":1}}", session()));
  }
}
