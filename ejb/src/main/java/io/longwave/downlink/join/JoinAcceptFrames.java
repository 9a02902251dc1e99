package io.longwave.downlink.join;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.Mic;
import java.util.Objects;

/**
 * Builds the on-air bytes of a join-accept: MHDR | JoinAcceptPayload | MIC, the MIC computed over
 * the plaintext, then everything after the MHDR encrypted (LoRaWAN 1.0.4 §6.2.5, LoRaWAN 1.1
 * §6.2.3). Stateless and thread-safe.
 */
public final class JoinAcceptFrames {

  private JoinAcceptFrames() {}

  /**
   * A LoRaWAN 1.0.x join-accept: MIC and encryption with the AppKey (stored as the NwkKey).
   *
   * @return the PHYPayload, 17 or 33 bytes
   */
  public static byte[] lorawan10(Aes128Key appKey, JoinAcceptPayload payload) {
    AesKeyContext key = AesKeyContext.of(appKey);
    byte[] phy = plain(payload);
    int mic = JoinMic.joinAcceptLorawan10(key, phy, 0, phy.length - Mic.LENGTH);
    return seal(key, phy, mic);
  }

  /**
   * A LoRaWAN 1.1 join-accept with OptNeg set: the MIC with the JSIntKey over JoinReqType |
   * JoinEUI | DevNonce | MHDR | payload; encrypted with the NwkKey for a join-request, with the
   * JSEncKey for a rejoin-request.
   *
   * @param jsIntKey the device's JSIntKey
   * @param encryptionKey the NwkKey (join-request) or JSEncKey (rejoin-request)
   * @param devNonce the DevNonce (or RJcount) of the request answered
   * @return the PHYPayload, 17 or 33 bytes
   */
  public static byte[] lorawan11(
      Aes128Key jsIntKey,
      Aes128Key encryptionKey,
      JoinRequestType joinReqType,
      Eui64 joinEui,
      int devNonce,
      JoinAcceptPayload payload) {
    if (!payload.dlSettings().optNeg()) {
      throw new IllegalArgumentException("a LoRaWAN 1.1 join-accept has OptNeg set");
    }
    byte[] phy = plain(payload);
    int mic =
        JoinMic.joinAcceptLorawan11(
            AesKeyContext.of(jsIntKey), joinReqType, joinEui, devNonce, phy, 0,
            phy.length - Mic.LENGTH);
    return seal(AesKeyContext.of(encryptionKey), phy, mic);
  }

  /** MHDR | payload | four zero bytes for the MIC. */
  private static byte[] plain(JoinAcceptPayload payload) {
    Objects.requireNonNull(payload, "payload");
    byte[] body = payload.encode();
    byte[] phy = new byte[1 + body.length + Mic.LENGTH];
    phy[0] = Mhdr.of(MType.JOIN_ACCEPT).encode();
    System.arraycopy(body, 0, phy, 1, body.length);
    return phy;
  }

  private static byte[] seal(AesKeyContext key, byte[] phy, int mic) {
    Mic.write(mic, phy, phy.length - Mic.LENGTH);
    JoinAcceptCipher.encrypt(key, phy, 1, phy.length - 1);
    return phy;
  }
}
