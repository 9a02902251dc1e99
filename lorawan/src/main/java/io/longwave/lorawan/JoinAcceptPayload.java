package io.longwave.lorawan;

import java.util.Optional;

/**
 * LoRaWAN 1.1 §6.2.6 Join-accept message, decrypted: JoinNonce (3 bytes), Home_NetID (3),
 * DevAddr (4), DLSettings (1), RxDelay (1), optional CFList (16), little-endian. The MIC is not
 * part of it. On air this payload is encrypted: see {@link EncryptedJoinAccept}. Immutable.
 *
 * @param joinNonce the join server's nonce (AppNonce in 1.0.x)
 * @param homeNetId the NetID of the device's home network
 * @param devAddr the address given to the device
 * @param dlSettings the downlink settings
 * @param rxDelay RxDelay (bits 3..0): delay of RX1 in seconds, where 0 also means 1 s
 * @param cfList the optional CFList
 */
public record JoinAcceptPayload(
    JoinNonce joinNonce,
    NetId homeNetId,
    DevAddr devAddr,
    DlSettings dlSettings,
    int rxDelay,
    Optional<CfList> cfList) {

  /** Plaintext size without CFList. */
  public static final int LENGTH = 12;

  /** Plaintext size with CFList. */
  public static final int LENGTH_WITH_CF_LIST = 28;

  public JoinAcceptPayload {
    if (joinNonce == null || homeNetId == null || devAddr == null || dlSettings == null
        || cfList == null) {
      throw new LorawanFormatException(
          "a join-accept needs JoinNonce, Home_NetID, DevAddr, DLSettings and a CFList option");
    }
    if (rxDelay < 0 || rxDelay > 15) {
      throw new LorawanFormatException("RxDelay has 4 bits, got " + rxDelay);
    }
  }

  /**
   * Decodes the decrypted payload without its MIC: 12 or 28 bytes. The RFU high bits of RxDelay
   * are ignored.
   *
   * @throws LorawanFormatException when the length or the CFListType is wrong
   */
  public static JoinAcceptPayload decode(byte[] plaintext) {
    if (plaintext == null) {
      throw new LorawanFormatException("a join-accept payload needs its bytes");
    }
    int n = plaintext.length;
    if (n != LENGTH && n != LENGTH_WITH_CF_LIST) {
      throw new LorawanFormatException(
          "a join-accept payload has 12 or 28 bytes without the MIC, got " + n);
    }
    return new JoinAcceptPayload(
        JoinNonce.read(plaintext, 0),
        Bytes.readNetId(plaintext, 3),
        DevAddr.fromLittleEndian(plaintext, 6),
        DlSettings.decode(plaintext[10]),
        plaintext[11] & 0x0f,
        n == LENGTH ? Optional.empty() : Optional.of(CfList.decode(plaintext, LENGTH)));
  }

  /** The RX1 delay in seconds: {@code rxDelay}, except that 0 means 1. */
  public int rxDelaySeconds() {
    return rxDelay == 0 ? 1 : rxDelay;
  }

  /** The plaintext (12 or 28 bytes): the MIC covers it after the MHDR; then it is encrypted. */
  public byte[] encode() {
    byte[] b = new byte[cfList.isPresent() ? LENGTH_WITH_CF_LIST : LENGTH];
    joinNonce.write(b, 0);
    Bytes.writeNetId(b, 3, homeNetId);
    Bytes.writeDevAddr(b, 6, devAddr);
    b[10] = dlSettings.encode();
    b[11] = (byte) rxDelay;
    if (cfList.isPresent()) {
      cfList.get().write(b, LENGTH);
    }
    return b;
  }
}
