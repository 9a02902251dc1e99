package io.longwave.uplink.join;

import io.longwave.domain.device.DeviceKeys;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.RejoinRequestPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Mic;

/**
 * The end-device side of a LoRaWAN 1.1 rejoin (LoRaWAN 1.1 §6.2.4), with the LoRaWAN library
 * only: rejoin-requests of type 0 and 2 signed with the session's SNwkSIntKey, of type 1 with the
 * JSIntKey; join-accepts decrypted with the JSEncKey and checked with the JSIntKey over
 * JoinReqType, JoinEUI and RJcount, as a device does.
 */
public final class GivenRejoinRequest {

  private GivenRejoinRequest() {}

  /** A rejoin-request of type 0 or 2 with its MIC by {@code sNwkSIntKey}. */
  public static byte[] type02(int rejoinType, NetId netId, Eui64 devEui, int rjCount0,
      Aes128Key sNwkSIntKey) {
    return signed(new RejoinRequestPayload.Type02(rejoinType, netId, devEui, rjCount0),
        sNwkSIntKey);
  }

  /** A rejoin-request of type 1 with its MIC by the JSIntKey of {@code nwkKey}. */
  public static byte[] type1(Eui64 joinEui, Eui64 devEui, int rjCount1, Aes128Key nwkKey) {
    return signed(new RejoinRequestPayload.Type1(joinEui, devEui, rjCount1),
        KeyDerivation.jsIntKey(nwkKey, devEui));
  }

  private static byte[] signed(RejoinRequestPayload payload, Aes128Key key) {
    byte[] b =
        PhyPayload.of(Mhdr.of(MType.REJOIN_REQUEST), payload, new byte[Mic.LENGTH]).encode();
    int mic = JoinMic.rejoinRequest(AesKeyContext.of(key), b, 0, b.length - Mic.LENGTH);
    Mic.write(mic, b, b.length - Mic.LENGTH);
    return b;
  }

  /**
   * Decrypts the join-accept answering a rejoin-request with the JSEncKey and checks its MIC.
   *
   * @return the plaintext PHYPayload
   * @throws AssertionError when the MIC does not check
   */
  public static byte[] decryptJoinAccept(byte[] phy, DeviceKeys keys, Eui64 devEui,
      Eui64 joinEui, JoinRequestType type, int rjCount) {
    Aes128Key jsEncKey = KeyDerivation.jsEncKey(keys.nwkKey(), devEui);
    byte[] plain = JoinAcceptCipher.decryptPhyPayload(AesKeyContext.of(jsEncKey), phy);
    Aes128Key jsIntKey = KeyDerivation.jsIntKey(keys.nwkKey(), devEui);
    if (!JoinMic.checkJoinAcceptLorawan11(
        AesKeyContext.of(jsIntKey), type, joinEui, rjCount, plain, 0, plain.length)) {
      throw new AssertionError("the join-accept's MIC does not check for " + type + " and RJcount "
          + rjCount);
    }
    return plain;
  }
}
