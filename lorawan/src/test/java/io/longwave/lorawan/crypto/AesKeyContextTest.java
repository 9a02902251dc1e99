package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.hexOf;
import static io.longwave.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.LorawanFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AesKeyContextTest {

  private static final String RFC4493_KEY = "2b7e151628aed2a6abf7158809cf4f3c";

  /** RFC 4493 §4 test vectors: {description, message, AES-CMAC}. */
  static Stream<Arguments> rfc4493() {
    return Stream.of(
        Arguments.of("example 1, empty message", "", "bb1d6929e95937287fa37d129b756746"),
        Arguments.of(
            "example 2, one block",
            "6bc1bee22e409f96e93d7e117393172a",
            "070a16b46b4d4144f79bdd9dd04a287c"),
        Arguments.of(
            "example 3, 40 bytes",
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51" + "30c81c46a35ce411",
            "dfa66747de9ae63030ca32611497c827"),
        Arguments.of(
            "example 4, 64 bytes",
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
                + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710",
            "51f0bebf7e3b9d92fc49741779363cfe"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rfc4493")
  void computes_the_rfc_4493_aes_cmac(String description, String message, String expected) {
    AesKeyContext key = key(RFC4493_KEY);
    byte[] out = new byte[16];
    byte[] msg = hex(message);
    key.cmac(msg, 0, msg.length, out, 0);
    assertEquals(expected, hexOf(out));
    // The context is reusable: the same MAC again, and the head matches the first 4 bytes.
    key.cmac(msg, 0, msg.length, out, 0);
    assertEquals(expected, hexOf(out));
    assertEquals(
        expected.substring(0, 8), Vectors.micHex(key.cmacHead(null, 0, msg, 0, msg.length)));
  }

  @Test
  void computes_the_cmac_of_a_slice_inside_a_larger_array() {
    byte[] framed = hex("ffff" + "6bc1bee22e409f96e93d7e117393172a" + "ffff");
    byte[] out = new byte[20];
    key(RFC4493_KEY).cmac(framed, 2, 16, out, 2);
    assertEquals("0000070a16b46b4d4144f79bdd9dd04a287c0000", hexOf(out));
  }

  @Test
  void encrypts_and_decrypts_the_fips_197_block() {
    AesKeyContext key = key("000102030405060708090a0b0c0d0e0f");
    byte[] block = hex("00112233445566778899aabbccddeeff");
    key.encryptBlock(block, 0, block, 0);
    assertEquals("69c4e0d86a7b0430d8cdb78070b4c55a", hexOf(block));
    key.decryptBlock(block, 0, block, 0);
    assertEquals("00112233445566778899aabbccddeeff", hexOf(block));
  }

  static Stream<Arguments> badKeys() {
    return Stream.of(
        Arguments.of("no key", null),
        Arguments.of("15 bytes", new byte[15]),
        Arguments.of("17 bytes", new byte[17]),
        Arguments.of("32 bytes (AES-256)", new byte[32]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badKeys")
  void rejects_a_key_that_is_not_16_bytes(String description, byte[] key) {
    LorawanFormatException e =
        assertThrows(LorawanFormatException.class, () -> AesKeyContext.of(key));
    assertEquals(true, e.getMessage().startsWith("an AES-128 key has 16 bytes"));
  }

  @Test
  void rejects_blocks_and_messages_outside_their_arrays() {
    AesKeyContext key = key(RFC4493_KEY);
    byte[] b = new byte[20];
    assertThrows(LorawanFormatException.class, () -> key.encryptBlock(b, 5, b, 0));
    assertThrows(LorawanFormatException.class, () -> key.decryptBlock(b, 0, b, -1));
    assertThrows(LorawanFormatException.class, () -> key.encryptBlock(null, 0, b, 0));
    assertThrows(LorawanFormatException.class, () -> key.cmac(b, 10, 11, new byte[16], 0));
    assertThrows(LorawanFormatException.class, () -> key.cmac(b, 0, 20, new byte[15], 0));
  }

  @Test
  void does_not_reveal_the_key_in_to_string() {
    assertFalse(key(RFC4493_KEY).toString().contains("2b7e"));
  }
}
