package io.longwave.lorawan.crypto;

import static io.longwave.lorawan.crypto.Vectors.hex;
import static io.longwave.lorawan.crypto.Vectors.hexOf;
import static io.longwave.lorawan.crypto.Vectors.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import org.junit.jupiter.api.Test;

/** Whole frames built and opened with the crypto functions in the order a stack uses them. */
class DataFrameCryptoTest {

  private static final DevAddr ADDR = DevAddr.parse("01020304");

  @Test
  void builds_the_chirpstack_lorawan_1_1_downlink_with_encrypted_f_opts() {
    AesKeyContext sNwkSIntKey = key("01010101010101010101010101010100");
    AesKeyContext nwkSEncKey = key("01010101010101010101010101010200");
    AesKeyContext appSKey = key("100f0e0d0c0b0a090807060504030201");
    // MHDR | DevAddr | FCtrl (FOptsLen 3) | FCnt | FOpts LinkCheckAns | FPort 1 | FRMPayload | MIC
    byte[] frame = hex("60 04030201 03 0000 020701 01 01020304 00000000");
    FOptsCipher.encrypt(nwkSEncKey, FOptsCounter.forDownlink(1), ADDR, 0, frame, 8, 3);
    FrmPayloadCipher.encrypt(appSKey, Direction.DOWNLINK, ADDR, 0, frame, 12, 4);
    int mic = DataMic.downlinkLorawan11(sNwkSIntKey, frame, 0, 16, 0, 0);
    Mic.write(mic, frame, 16);
    assertEquals("600403020103000022ac0a01f0b468ddaa5ed13a", hexOf(frame));
  }

  @Test
  void opens_the_chirpstack_lorawan_1_0_confirmed_uplink() {
    AesKeyContext nwkSKey = key("0102030405060708090a0b0c0d0e0f10");
    AesKeyContext appSKey = key("100f0e0d0c0b0a090807060504030201");
    byte[] frame = hex("80 04030201 03 0000 067307 0a e264d4f7 e117d2c0");
    assertTrue(DataMic.checkUplinkLorawan10(nwkSKey, frame, 0, frame.length, 0));
    FrmPayloadCipher.decrypt(appSKey, Direction.UPLINK, ADDR, 0, frame, 12, 4);
    assertEquals("01020304", hexOf(java.util.Arrays.copyOfRange(frame, 12, 16)));
  }
}
