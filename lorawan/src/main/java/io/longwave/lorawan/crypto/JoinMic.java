package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Objects;

/**
 * The MICs of the join procedure: join-request (LoRaWAN 1.0.4 §6.2.5, LoRaWAN 1.1 §6.2.2),
 * rejoin-request (LoRaWAN 1.1 §6.2.4.1 and §6.2.4.2) and join-accept (LoRaWAN 1.0.4 §6.2.5, LoRaWAN
 * 1.1 §6.2.3). Each is the first four bytes of AES-CMAC over {@code msg}, the PHYPayload without
 * its MIC (for a join-accept: before encryption).
 *
 * <p>Keys: join-request with the AppKey (1.0) or NwkKey (1.1); rejoin-request type 0 and 2 with the
 * SNwkSIntKey, type 1 with the JSIntKey; join-accept with the AppKey (1.0, and 1.1 when OptNeg is
 * unset: the NwkKey) or, when OptNeg is set, the JSIntKey.
 *
 * <p>Every method throws {@link LorawanFormatException} when a message has the wrong length for its
 * kind or lies outside its array. Nothing is allocated.
 */
public final class JoinMic {

  private static final int JOIN_REQUEST_MSG = 19;
  private static final int REJOIN_0_2_MSG = 15;
  private static final int REJOIN_1_MSG = 20;
  private static final int JOIN_ACCEPT_MSG = 13;
  private static final int JOIN_ACCEPT_CFLIST_MSG = 29;

  private JoinMic() {}

  /** Join-request MIC over MHDR | JoinEUI | DevEUI | DevNonce (19 bytes). */
  public static int joinRequest(AesKeyContext key, byte[] msg, int off, int len) {
    Slices.requireLength(msg, off, len, "join-request without MIC", "19", JOIN_REQUEST_MSG);
    return cmac(key, msg, off, len);
  }

  /** Checks the MIC of a 23-byte join-request PHYPayload. */
  public static boolean checkJoinRequest(AesKeyContext key, byte[] phyPayload, int off, int len) {
    Slices.requireLength(
        phyPayload, off, len, "join-request PHYPayload", "23", JOIN_REQUEST_MSG + Mic.LENGTH);
    return joinRequest(key, phyPayload, off, len - Mic.LENGTH)
        == Mic.get(phyPayload, off + len - Mic.LENGTH);
  }

  /**
   * Rejoin-request MIC over MHDR | RejoinType | NetID | DevEUI | RJcount0 (types 0 and 2, 15 bytes)
   * or MHDR | RejoinType | JoinEUI | DevEUI | RJcount1 (type 1, 20 bytes).
   *
   * @throws LorawanFormatException when the length does not match the RejoinType byte
   */
  public static int rejoinRequest(AesKeyContext key, byte[] msg, int off, int len) {
    Slices.requireLength(
        msg, off, len, "rejoin-request without MIC", "15 or 20", REJOIN_0_2_MSG, REJOIN_1_MSG);
    int type = msg[off + 1] & 0xff;
    int expected = type == 1 ? REJOIN_1_MSG : REJOIN_0_2_MSG;
    if (type > 2) {
      throw new LorawanFormatException("RejoinType must be 0, 1 or 2, got " + type);
    }
    if (len != expected) {
      throw new LorawanFormatException(
          "a rejoin-request of type "
              + type
              + " has "
              + expected
              + " bytes without MIC, got "
              + len);
    }
    return cmac(key, msg, off, len);
  }

  /** Checks the MIC of a rejoin-request PHYPayload (19 or 24 bytes). */
  public static boolean checkRejoinRequest(AesKeyContext key, byte[] phyPayload, int off, int len) {
    Slices.require(phyPayload, off, len, "rejoin-request PHYPayload");
    if (len < Mic.LENGTH) {
      throw new LorawanFormatException(
          "a rejoin-request PHYPayload has 19 or 24 bytes, got " + len);
    }
    return rejoinRequest(key, phyPayload, off, len - Mic.LENGTH)
        == Mic.get(phyPayload, off + len - Mic.LENGTH);
  }

  /**
   * LoRaWAN 1.0 join-accept MIC (and 1.1 with OptNeg unset) over MHDR | JoinNonce | NetID | DevAddr
   * | DLSettings | RxDelay | CFList (13 bytes, or 29 with a CFList), in plain text.
   */
  public static int joinAcceptLorawan10(AesKeyContext key, byte[] msg, int off, int len) {
    requireJoinAccept(msg, off, len);
    return cmac(key, msg, off, len);
  }

  /**
   * LoRaWAN 1.1 join-accept MIC with OptNeg set: AES-CMAC(JSIntKey, JoinReqType | JoinEUI |
   * DevNonce | MHDR | JoinNonce | NetID | DevAddr | DLSettings | RxDelay | CFList).
   *
   * @param devNonce the DevNonce of the join-request, or RJcount0/RJcount1 of the rejoin-request
   *     answered (0 to 65535)
   */
  public static int joinAcceptLorawan11(
      AesKeyContext jsIntKey,
      JoinRequestType joinReqType,
      Eui64 joinEui,
      int devNonce,
      byte[] msg,
      int off,
      int len) {
    requireJoinAccept(msg, off, len);
    Objects.requireNonNull(jsIntKey, "jsIntKey");
    Objects.requireNonNull(joinReqType, "joinReqType");
    Objects.requireNonNull(joinEui, "joinEui");
    Slices.requireRange(devNonce, 0xffff, "DevNonce");
    byte[] p = jsIntKey.block;
    p[0] = (byte) joinReqType.value();
    long eui = joinEui.value();
    for (int i = 1; i <= 8; i++) {
      p[i] = (byte) eui;
      eui >>>= 8;
    }
    p[9] = (byte) devNonce;
    p[10] = (byte) (devNonce >>> 8);
    return jsIntKey.cmacHead(p, 11, msg, off, len);
  }

  /** Checks the MIC of a decrypted LoRaWAN 1.0 join-accept PHYPayload (17 or 33 bytes). */
  public static boolean checkJoinAcceptLorawan10(
      AesKeyContext key, byte[] phyPayload, int off, int len) {
    int msgLen = requireJoinAcceptPhy(phyPayload, off, len);
    return joinAcceptLorawan10(key, phyPayload, off, msgLen) == Mic.get(phyPayload, off + msgLen);
  }

  /** Checks the MIC of a decrypted LoRaWAN 1.1 (OptNeg) join-accept PHYPayload. */
  public static boolean checkJoinAcceptLorawan11(
      AesKeyContext jsIntKey,
      JoinRequestType joinReqType,
      Eui64 joinEui,
      int devNonce,
      byte[] phyPayload,
      int off,
      int len) {
    int msgLen = requireJoinAcceptPhy(phyPayload, off, len);
    return joinAcceptLorawan11(jsIntKey, joinReqType, joinEui, devNonce, phyPayload, off, msgLen)
        == Mic.get(phyPayload, off + msgLen);
  }

  private static int cmac(AesKeyContext key, byte[] msg, int off, int len) {
    Objects.requireNonNull(key, "key");
    return key.cmacHead(null, 0, msg, off, len);
  }

  private static void requireJoinAccept(byte[] msg, int off, int len) {
    Slices.requireLength(
        msg,
        off,
        len,
        "join-accept without MIC",
        "13 (no CFList) or 29 (with CFList)",
        JOIN_ACCEPT_MSG,
        JOIN_ACCEPT_CFLIST_MSG);
  }

  private static int requireJoinAcceptPhy(byte[] phy, int off, int len) {
    Slices.requireLength(
        phy,
        off,
        len,
        "join-accept PHYPayload",
        "17 (no CFList) or 33 (with CFList)",
        JOIN_ACCEPT_MSG + Mic.LENGTH,
        JOIN_ACCEPT_CFLIST_MSG + Mic.LENGTH);
    return len - Mic.LENGTH;
  }
}
