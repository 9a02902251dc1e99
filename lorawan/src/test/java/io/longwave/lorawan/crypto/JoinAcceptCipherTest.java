package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.hexOf;
import static io.longwave.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JoinAcceptCipherTest {

  /** {description, key, plain PHYPayload (MIC included), encrypted PHYPayload}. */
  static Stream<Arguments> joinAccepts() {
    return Stream.of(
        Arguments.of(
            "brocaar TestPHYPayloadJoinAccept (1.0, AppKey)",
            "00112233445566778899aabbccddeeff",
            "20 c70b57 011122 80190302 00 00 43485bbc",
            "20493eeb51fba2116f810edb3742975142"),
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.0.x join-accept doc",
            "0102030405060708090a0b0c0d0e0f10",
            "20 010101 020202 04030201 00 00 3449f212",
            "2023cf335489aae3183c0be0baa8dee5f3"),
        Arguments.of(
            "chirpstack lrwn LoRaWAN 1.1.x join-accept doc (OptNeg, NwkKey)",
            "0102030405060708090a0b0c0d0e0f10",
            "20 010101 020202 04030201 80 00 93ff9a3a",
            "207abeea06b02920f11c02d0348fcf1815"),
        Arguments.of(
            "TTS TestJoinAcceptEncryption",
            "01010101010101010101010101010101",
            "20 030201 030201 04030201 00 01 32f54ab3",
            "20 c9fbb259e11649096a568a9e3b7117c3"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("joinAccepts")
  void encrypts_and_decrypts_the_join_accept(
      String description, String key, String plain, String encrypted) {
    byte[] p = hex(plain);
    byte[] e = hex(encrypted);
    assertEquals(hexOf(e), hexOf(JoinAcceptCipher.encryptPhyPayload(key(key), p)));
    assertEquals(hexOf(p), hexOf(JoinAcceptCipher.decryptPhyPayload(key(key), e)));
    assertEquals(hexOf(hex(plain)), hexOf(p), "the input is not changed");

    JoinAcceptCipher.decrypt(key(key), e, 1, 16);
    assertEquals(hexOf(p), hexOf(e), "in place");
  }

  @Test
  void decrypted_join_accept_carries_a_valid_mic() {
    AesKeyContext appKey = key("00112233445566778899aabbccddeeff");
    byte[] phy =
        JoinAcceptCipher.decryptPhyPayload(appKey, hex("20493eeb51fba2116f810edb3742975142"));
    assertTrue(JoinMic.checkJoinAcceptLorawan10(appKey, phy, 0, phy.length));
  }

  @Test
  void encrypts_a_join_accept_with_a_cf_list_block_by_block() {
    AesKeyContext key = key("0102030405060708090a0b0c0d0e0f10");
    byte[] plain = hex("20 010101 020202 04030201 00 00 184f84e85684b85e84886684586e8400 3449f212");
    byte[] enc = JoinAcceptCipher.encryptPhyPayload(key, plain);
    byte[] expectedSecond = new byte[16];
    key.decryptBlock(plain, 17, expectedSecond, 0);
    assertEquals(hexOf(expectedSecond), hexOf(java.util.Arrays.copyOfRange(enc, 17, 33)));
    assertEquals(hexOf(plain), hexOf(JoinAcceptCipher.decryptPhyPayload(key, enc)));
  }

  static Stream<Arguments> badLengths() {
    return Stream.of(
        Arguments.of("16-byte PHYPayload", 16),
        Arguments.of("18-byte PHYPayload", 18),
        Arguments.of("32-byte PHYPayload", 32),
        Arguments.of("34-byte PHYPayload", 34),
        Arguments.of("only an MHDR", 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLengths")
  void rejects_a_join_accept_of_the_wrong_length(String description, int length) {
    AesKeyContext key = key("0102030405060708090a0b0c0d0e0f10");
    assertThrows(
        LorawanFormatException.class,
        () -> JoinAcceptCipher.decryptPhyPayload(key, new byte[length]));
    assertThrows(
        LorawanFormatException.class,
        () -> JoinAcceptCipher.encryptPhyPayload(key, new byte[length]));
  }

  @Test
  void rejects_a_missing_join_accept_and_a_slice_outside_the_array() {
    AesKeyContext key = key("0102030405060708090a0b0c0d0e0f10");
    assertThrows(LorawanFormatException.class, () -> JoinAcceptCipher.decryptPhyPayload(key, null));
    assertThrows(
        LorawanFormatException.class, () -> JoinAcceptCipher.encrypt(key, new byte[17], 2, 16));
  }
}
