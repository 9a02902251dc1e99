package io.longwave.lorawan.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.NetId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyDerivationTest {

  private static final String TTS_KEY = "bec499c69e9c939e413b66396163 6c61".replace(" ", "");

  /** {description, key, JoinNonce, NetID, DevNonce, NwkSKey, AppSKey}. */
  static Stream<Arguments> lorawan10() {
    return Stream.of(
        Arguments.of(
            "chirpstack lrwn keys.rs lorawan_1_0",
            "01020304050607080102030405060708",
            65536,
            "010203",
            258,
            "df53c35f3034ccced0ff354c70de04df",
            "927b9c911183cffe4cb2ff4b75545f6d"),
        Arguments.of(
            "TTS TestKeyDerivation legacy keys",
            TTS_KEY,
            0xae3b1c,
            "020101",
            0x7369,
            "0db924ee6af90698e05fc7ce48303c01",
            "8c1e0543a229088de6f84e74bb46bd62"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan10")
  void derives_lorawan_1_0_session_keys(
      String description,
      String key,
      int joinNonce,
      String netId,
      int devNonce,
      String nwkSKey,
      String appSKey) {
    Lorawan10SessionKeys keys =
        KeyDerivation.lorawan10(Aes128Key.parse(key), joinNonce, NetId.parse(netId), devNonce);
    assertEquals(nwkSKey, keys.nwkSKey().toHex());
    assertEquals(appSKey, keys.appSKey().toHex());
    SessionKeys roles = keys;
    assertSame(keys.nwkSKey(), roles.fNwkSIntKey());
    assertSame(keys.nwkSKey(), roles.sNwkSIntKey());
    assertSame(keys.nwkSKey(), roles.nwkSEncKey());
  }

  /** {description, NwkKey, AppKey, JoinNonce, JoinEUI, DevNonce, F, S, NwkSEnc, AppSKey}. */
  static Stream<Arguments> lorawan11() {
    return Stream.of(
        Arguments.of(
            "chirpstack lrwn keys.rs lorawan_1_1",
            "01020304050607080102030405060708",
            "00000000000000000000000000000000",
            65536,
            "0807060504030201",
            258,
            "537f8aae896c79e015d102d06286354e",
            "589498993092cfdb5fd2e02ac7510bf1",
            "9898283c4f66eb6c6fd5165882046c40",
            "01621215d1ca08febf0c602cc2ad90fa"),
        Arguments.of(
            "TTS TestKeyDerivation",
            TTS_KEY,
            TTS_KEY,
            0xae3b1c,
            "0000001223224242",
            0x7369,
            "379084e7ce22ff191bff4b77536f2aa3",
            "63c59309d53485bc5164dbf71627aeb9",
            "ce07a009a3970ac0519a099ed53e550b",
            "b035cce24e4a040eb5cecbf21724412d"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lorawan11")
  void derives_lorawan_1_1_session_keys(
      String description,
      String nwkKey,
      String appKey,
      int joinNonce,
      String joinEui,
      int devNonce,
      String fNwkSIntKey,
      String sNwkSIntKey,
      String nwkSEncKey,
      String appSKey) {
    Lorawan11SessionKeys keys =
        KeyDerivation.lorawan11(
            Aes128Key.parse(nwkKey),
            Aes128Key.parse(appKey),
            joinNonce,
            Eui64.parse(joinEui),
            devNonce);
    assertEquals(fNwkSIntKey, keys.fNwkSIntKey().toHex());
    assertEquals(sNwkSIntKey, keys.sNwkSIntKey().toHex());
    assertEquals(nwkSEncKey, keys.nwkSEncKey().toHex());
    assertEquals(appSKey, keys.appSKey().toHex());
  }

  @Test
  void derives_the_join_server_lifetime_keys_of_tts_test_key_derivation() {
    Aes128Key nwkKey = Aes128Key.parse(TTS_KEY);
    Eui64 devEui = Eui64.parse("0042004213424341");
    assertEquals(
        "cb8e9ee114c3fb5ce472a5aa13ab1855", KeyDerivation.jsIntKey(nwkKey, devEui).toHex());
    assertEquals(
        "bb711eefb9829b4a75866f8616bacd6d", KeyDerivation.jsEncKey(nwkKey, devEui).toHex());
  }

  static Stream<Arguments> badNonces() {
    return Stream.of(
        Arguments.of("JoinNonce above 24 bits", 0x1000000, 1),
        Arguments.of("negative JoinNonce", -1, 1),
        Arguments.of("DevNonce above 16 bits", 1, 0x10000),
        Arguments.of("negative DevNonce", 1, -1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badNonces")
  void rejects_nonces_out_of_range(String description, int joinNonce, int devNonce) {
    Aes128Key key = Aes128Key.parse(TTS_KEY);
    assertThrows(
        LorawanFormatException.class,
        () -> KeyDerivation.lorawan10(key, joinNonce, new NetId(1), devNonce));
    assertThrows(
        LorawanFormatException.class,
        () -> KeyDerivation.lorawan11(key, key, joinNonce, new Eui64(1), devNonce));
  }

  @Test
  void does_not_reveal_keys_in_to_string() {
    Lorawan10SessionKeys keys =
        KeyDerivation.lorawan10(Aes128Key.parse(TTS_KEY), 1, new NetId(1), 1);
    assertEquals(false, keys.toString().contains(keys.nwkSKey().toHex()));
  }
}
