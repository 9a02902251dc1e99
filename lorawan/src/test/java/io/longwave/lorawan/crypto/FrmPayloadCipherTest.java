package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.hexOf;
import static io.longwave.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrmPayloadCipherTest {

  private static final String ONES = "01010101010101010101010101010101";
  private static final String APP_S_KEY = "100f0e0d0c0b0a090807060504030201";
  private static final DevAddr ADDR = DevAddr.parse("01020304");

  /** {description, key, direction, FCnt, plain, encrypted}; DevAddr 01020304. */
  static Stream<Arguments> vectors() {
    return Stream.of(
        Arguments.of("TTS uplink", ONES, Direction.UPLINK, 1, "01020304", "cff30b4e"),
        Arguments.of("TTS downlink", ONES, Direction.DOWNLINK, 1, "01020304", "4e75f440"),
        Arguments.of("brocaar 'hello'", ONES, Direction.UPLINK, 1, "68656c6c6f", "a694642615"),
        Arguments.of("brocaar FOpts test data", ONES, Direction.UPLINK, 0, "01020304", "6a3798f5"),
        Arguments.of("brocaar mac-commands", ONES, Direction.UPLINK, 0, "020305", "69369e"),
        Arguments.of(
            "chirpstack 1.0 confirmed uplink",
            APP_S_KEY,
            Direction.UPLINK,
            0,
            "01020304",
            "e264d4f7"),
        Arguments.of(
            "chirpstack 1.1 downlink", APP_S_KEY, Direction.DOWNLINK, 0, "01020304", "f0b468dd"),
        Arguments.of("empty payload", ONES, Direction.UPLINK, 0, "", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void encrypts_and_decrypts_the_frm_payload(
      String description, String key, Direction dir, int fCnt, String plain, String encrypted) {
    byte[] p = hex(plain);
    assertEquals(encrypted, hexOf(FrmPayloadCipher.encrypt(key(key), dir, ADDR, fCnt, p)));
    assertEquals(plain, hexOf(FrmPayloadCipher.decrypt(key(key), dir, ADDR, fCnt, hex(encrypted))));
    assertEquals(plain, hexOf(p), "the array methods copy");
  }

  @Test
  void works_in_place_on_a_slice_and_leaves_the_rest_alone() {
    byte[] buf = hex("aa 68656c6c6f bb");
    FrmPayloadCipher.encrypt(key(ONES), Direction.UPLINK, ADDR, 1, buf, 1, 5);
    assertEquals("aaa694642615bb", hexOf(buf));
    FrmPayloadCipher.decrypt(key(ONES), Direction.UPLINK, ADDR, 1, buf, 1, 5);
    assertEquals("aa68656c6c6fbb", hexOf(buf));
  }

  @Property(tries = 300)
  void matches_a_jce_reference_for_any_length(
      @ForAll @Size(16) byte[] key,
      @ForAll int devAddr,
      @ForAll int fCnt,
      @ForAll boolean uplink,
      @ForAll @Size(max = 300) byte[] data)
      throws Exception {
    Direction dir = uplink ? Direction.UPLINK : Direction.DOWNLINK;
    byte[] ours =
        FrmPayloadCipher.encrypt(AesKeyContext.of(key), dir, new DevAddr(devAddr), fCnt, data);
    assertArrayEquals(reference(key, dir.dir(), devAddr, fCnt, data), ours);
  }

  @Property(tries = 200)
  void decrypting_the_encryption_gives_the_plain_text(
      @ForAll @Size(max = 64) byte[] data, @ForAll @IntRange(min = 0, max = 1) int dir) {
    AesKeyContext key = key(APP_S_KEY);
    Direction d = Direction.values()[dir];
    byte[] enc = FrmPayloadCipher.encrypt(key, d, ADDR, 7, data);
    assertArrayEquals(data, FrmPayloadCipher.decrypt(key, d, ADDR, 7, enc));
  }

  /** The A-block key stream built with the JDK's AES, independently of the code under test. */
  private static byte[] reference(byte[] key, int dir, int addr, int fCnt, byte[] data)
      throws Exception {
    Cipher aes = Cipher.getInstance("AES/ECB/NoPadding");
    aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"));
    byte[] out = data.clone();
    for (int block = 0; block * 16 < data.length; block++) {
      byte[] a = new byte[16];
      a[0] = 1;
      a[5] = (byte) dir;
      for (int i = 0; i < 4; i++) {
        a[6 + i] = (byte) (addr >>> (8 * i));
        a[10 + i] = (byte) (fCnt >>> (8 * i));
      }
      a[15] = (byte) (block + 1);
      byte[] s = aes.doFinal(a);
      for (int j = 0; j < 16 && block * 16 + j < data.length; j++) {
        out[block * 16 + j] ^= s[j];
      }
    }
    return out;
  }

  @Test
  void rejects_a_payload_the_block_counter_cannot_number() {
    byte[] big = new byte[FrmPayloadCipher.MAX_LENGTH + 1];
    assertThrows(
        LorawanFormatException.class,
        () -> FrmPayloadCipher.encrypt(key(ONES), Direction.UPLINK, ADDR, 0, big));
    byte[] max = new byte[FrmPayloadCipher.MAX_LENGTH];
    assertEquals(
        max.length, FrmPayloadCipher.encrypt(key(ONES), Direction.UPLINK, ADDR, 0, max).length);
  }

  @Test
  void rejects_a_missing_payload_and_a_slice_outside_the_array() {
    AesKeyContext k = key(ONES);
    assertThrows(
        LorawanFormatException.class,
        () -> FrmPayloadCipher.encrypt(k, Direction.UPLINK, ADDR, 0, null));
    assertThrows(
        LorawanFormatException.class,
        () -> FrmPayloadCipher.decrypt(k, Direction.UPLINK, ADDR, 0, new byte[4], 2, 3));
    byte[] untouched = new byte[4];
    assertThrows(
        LorawanFormatException.class,
        () -> FrmPayloadCipher.encrypt(k, Direction.UPLINK, ADDR, 0, untouched, -1, 2));
    assertArrayEquals(new byte[4], untouched);
    assertEquals(4, Arrays.copyOf(untouched, 4).length);
  }
}
