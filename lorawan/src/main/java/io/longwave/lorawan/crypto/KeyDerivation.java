package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.NetId;
import java.util.Objects;

/**
 * Key derivation: each key is aes128_encrypt(root key, type | fields | zero padding), fields
 * little-endian (LoRaWAN 1.0.4 §6.2.5; LoRaWAN 1.1 §6.1.1.3 and §6.2.3).
 *
 * <ul>
 *   <li>LoRaWAN 1.0 (and 1.1 with OptNeg unset): NwkSKey (0x01) and AppSKey (0x02) from the AppKey
 *       (1.1: the NwkKey) with JoinNonce (AppNonce in 1.0.2) | NetID | DevNonce.
 *   <li>LoRaWAN 1.1: FNwkSIntKey (0x01), SNwkSIntKey (0x03), NwkSEncKey (0x04) from the NwkKey and
 *       AppSKey (0x02) from the AppKey, with JoinNonce | JoinEUI | DevNonce.
 *   <li>LoRaWAN 1.1 lifetime keys: JSEncKey (0x05) and JSIntKey (0x06) from the NwkKey with the
 *       DevEUI.
 * </ul>
 *
 * <p>Joins are rare next to data frames, so each call prepares its keys afresh. JoinNonce must be 0
 * to 0xFFFFFF and DevNonce 0 to 0xFFFF, or {@link LorawanFormatException} is thrown. Stateless and
 * thread-safe.
 */
public final class KeyDerivation {

  private KeyDerivation() {}

  /**
   * LoRaWAN 1.0 session keys.
   *
   * @param appKey the AppKey; for a LoRaWAN 1.1 end-device joining with OptNeg unset, its NwkKey
   * @param joinNonce the JoinNonce (AppNonce) of the join-accept
   * @param netId the NetID of the join-accept
   * @param devNonce the DevNonce of the join-request
   */
  public static Lorawan10SessionKeys lorawan10(
      Aes128Key appKey, int joinNonce, NetId netId, int devNonce) {
    Objects.requireNonNull(netId, "netId");
    AesKeyContext key = AesKeyContext.of(appKey);
    long fields = netId.value();
    return new Lorawan10SessionKeys(
        sessionKey(key, 0x01, joinNonce, fields, 3, devNonce),
        sessionKey(key, 0x02, joinNonce, fields, 3, devNonce));
  }

  /**
   * LoRaWAN 1.1 session keys (OptNeg set).
   *
   * @param nwkKey the NwkKey
   * @param appKey the AppKey
   * @param joinNonce the JoinNonce of the join-accept
   * @param joinEui the JoinEUI of the join-request
   * @param devNonce the DevNonce of the join-request (or the RJcount of a rejoin-request)
   */
  public static Lorawan11SessionKeys lorawan11(
      Aes128Key nwkKey, Aes128Key appKey, int joinNonce, Eui64 joinEui, int devNonce) {
    Objects.requireNonNull(joinEui, "joinEui");
    AesKeyContext nwk = AesKeyContext.of(nwkKey);
    AesKeyContext app = AesKeyContext.of(appKey);
    long eui = joinEui.value();
    return new Lorawan11SessionKeys(
        sessionKey(nwk, 0x01, joinNonce, eui, 8, devNonce),
        sessionKey(nwk, 0x03, joinNonce, eui, 8, devNonce),
        sessionKey(nwk, 0x04, joinNonce, eui, 8, devNonce),
        sessionKey(app, 0x02, joinNonce, eui, 8, devNonce));
  }

  /** JSIntKey: the key of rejoin-request type 1 MICs and OptNeg join-accept MICs. */
  public static Aes128Key jsIntKey(Aes128Key nwkKey, Eui64 devEui) {
    return lifetimeKey(nwkKey, 0x06, devEui);
  }

  /** JSEncKey: the key encrypting join-accepts that answer rejoin-requests. */
  public static Aes128Key jsEncKey(Aes128Key nwkKey, Eui64 devEui) {
    return lifetimeKey(nwkKey, 0x05, devEui);
  }

  /** type | JoinNonce (3) | {@code idBytes} of {@code id} | DevNonce (2) | padding. */
  private static Aes128Key sessionKey(
      AesKeyContext key, int type, int joinNonce, long id, int idBytes, int devNonce) {
    Slices.requireRange(joinNonce, 0xffffff, "JoinNonce");
    Slices.requireRange(devNonce, 0xffff, "DevNonce");
    byte[] b = new byte[AesKeyContext.BLOCK_SIZE];
    b[0] = (byte) type;
    b[1] = (byte) joinNonce;
    b[2] = (byte) (joinNonce >>> 8);
    b[3] = (byte) (joinNonce >>> 16);
    int i = 4;
    for (int k = 0; k < idBytes; k++) {
      b[i++] = (byte) id;
      id >>>= 8;
    }
    b[i++] = (byte) devNonce;
    b[i] = (byte) (devNonce >>> 8);
    return encrypt(key, b);
  }

  /** type | DevEUI (8) | padding. */
  private static Aes128Key lifetimeKey(Aes128Key nwkKey, int type, Eui64 devEui) {
    Objects.requireNonNull(devEui, "devEui");
    AesKeyContext key = AesKeyContext.of(nwkKey);
    byte[] b = new byte[AesKeyContext.BLOCK_SIZE];
    b[0] = (byte) type;
    long eui = devEui.value();
    for (int i = 1; i <= 8; i++) {
      b[i] = (byte) eui;
      eui >>>= 8;
    }
    return encrypt(key, b);
  }

  private static Aes128Key encrypt(AesKeyContext key, byte[] block) {
    key.encryptBlock(block, 0, block, 0);
    return Aes128Key.of(block);
  }
}
