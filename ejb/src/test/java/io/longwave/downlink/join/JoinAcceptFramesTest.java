package io.longwave.downlink.join;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.CfList;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.DlSettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinNonce;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JoinAcceptFramesTest {

  /**
   * LoRaWAN 1.0 join-accepts: {description, AppKey, payload, PHYPayload}. The first is the
   * example of the lora-packet library's README (AppNonce e5063a, NetID 000013, DevAddr
   * 26012e43, CFList 867.1-867.9 MHz); the second has no CFList.
   */
  static Stream<Arguments> lorawan10JoinAccepts() {
    return Stream.of(
        Arguments.of(
            "lora-packet README join-accept with a CFList",
            Aes128Key.parse("b6b53f4a168a7a88bdf7ea135ce9cfca"),
            new JoinAcceptPayload(
                new JoinNonce(0xe5063a), new NetId(0x13), DevAddr.parse("26012e43"),
                DlSettings.decode(0x03), 1,
                Optional.of(new CfList.Channels(
                    new int[] {867100000, 867300000, 867500000, 867700000, 867900000}))),
            "204dd85ae608b87fc4889970b7d2042c9e72959b0057aed6094b16003df12de145"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan10JoinAccepts")
  void builds_lorawan10_join_accept_byte_for_byte(
      String description, Aes128Key appKey, JoinAcceptPayload payload, String hex) {
    assertEquals(hex, Hex.encode(JoinAcceptFrames.lorawan10(appKey, payload)));
    byte[] plain =
        JoinAcceptCipher.decryptPhyPayload(AesKeyContext.of(appKey), Hex.decode(hex, "join-accept"));
    assertTrue(JoinMic.checkJoinAcceptLorawan10(AesKeyContext.of(appKey), plain, 0,
        plain.length));
    assertArrayEquals(
        payload.encode(), java.util.Arrays.copyOfRange(plain, 1, plain.length - 4));
  }

  @Test
  void lorawan11_join_accept_has_the_js_int_key_mic_and_nwk_key_encryption() {
    Aes128Key nwkKey = Aes128Key.parse("01020304050607080102030405060708");
    Eui64 devEui = Eui64.parse("0102030405060708");
    Eui64 joinEui = Eui64.parse("0807060504030201");
    Aes128Key jsIntKey = KeyDerivation.jsIntKey(nwkKey, devEui);
    JoinAcceptPayload payload =
        new JoinAcceptPayload(new JoinNonce(1), new NetId(0), DevAddr.parse("01020304"),
            new DlSettings(true, 0, 0), 1, Optional.empty());

    byte[] phy =
        JoinAcceptFrames.lorawan11(
            jsIntKey, nwkKey, JoinRequestType.JOIN_REQUEST, joinEui, 258, payload);

    assertEquals(17, phy.length);
    assertEquals(0x20, phy[0] & 0xff);
    byte[] plain = JoinAcceptCipher.decryptPhyPayload(AesKeyContext.of(nwkKey), phy);
    assertTrue(JoinMic.checkJoinAcceptLorawan11(
        AesKeyContext.of(jsIntKey), JoinRequestType.JOIN_REQUEST, joinEui, 258, plain, 0, 17));
    assertTrue(!JoinMic.checkJoinAcceptLorawan11(
        AesKeyContext.of(jsIntKey), JoinRequestType.JOIN_REQUEST, joinEui, 259, plain, 0, 17));
  }

  @Test
  void refuses_a_lorawan11_join_accept_without_opt_neg() {
    Aes128Key key = Aes128Key.parse("01020304050607080102030405060708");
    JoinAcceptPayload payload =
        new JoinAcceptPayload(new JoinNonce(1), new NetId(0), DevAddr.parse("01020304"),
            new DlSettings(false, 0, 0), 1, Optional.empty());
    assertThrows(IllegalArgumentException.class, () -> JoinAcceptFrames.lorawan11(
        key, key, JoinRequestType.JOIN_REQUEST, Eui64.parse("0102030405060708"), 1, payload));
  }
}
