package io.longwave.uplink.join;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevNonce;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The end-device side of a join, built with the LoRaWAN library only: it makes join-requests with
 * their MIC, and decrypts, checks and reads join-accepts the way a device does.
 */
public final class GivenOtaaDevice {

  private final Eui64 devEui;
  private final Eui64 joinEui;
  private final MacVersion version;
  private final DeviceKeys keys;

  private GivenOtaaDevice(Eui64 devEui, Eui64 joinEui, MacVersion version, DeviceKeys keys) {
    this.devEui = devEui;
    this.joinEui = joinEui;
    this.version = version;
    this.keys = keys;
  }

  /** A LoRaWAN 1.0.x device with its AppKey. */
  public static GivenOtaaDevice lorawan10(
      MacVersion version, Eui64 devEui, Eui64 joinEui, Aes128Key appKey) {
    return new GivenOtaaDevice(devEui, joinEui, version, DeviceKeys.lorawan10(appKey));
  }

  /** A LoRaWAN 1.1 device with its NwkKey and AppKey. */
  public static GivenOtaaDevice lorawan11(
      Eui64 devEui, Eui64 joinEui, Aes128Key nwkKey, Aes128Key appKey) {
    return new GivenOtaaDevice(
        devEui, joinEui, MacVersion.LORAWAN_1_1_0, new DeviceKeys(nwkKey, appKey));
  }

  public Eui64 devEui() {
    return devEui;
  }

  public Eui64 joinEui() {
    return joinEui;
  }

  public DeviceKeys keys() {
    return keys;
  }

  public MacVersion version() {
    return version;
  }

  /** The decoded join-request payload with {@code devNonce}. */
  public JoinRequestPayload joinRequestPayload(int devNonce) {
    return new JoinRequestPayload(joinEui, devEui, new DevNonce(devNonce));
  }

  /** A join-request PHYPayload with its MIC by {@code micKey}. */
  public byte[] joinRequest(int devNonce, Aes128Key micKey) {
    PhyPayload unsigned =
        PhyPayload.of(
            Mhdr.of(MType.JOIN_REQUEST), joinRequestPayload(devNonce), new byte[Mic.LENGTH]);
    byte[] b = unsigned.encode();
    int mic = JoinMic.joinRequest(AesKeyContext.of(micKey), b, 0, b.length - Mic.LENGTH);
    Mic.write(mic, b, b.length - Mic.LENGTH);
    return b;
  }

  /** A join-request PHYPayload with the MIC of the device's NwkKey (AppKey for 1.0.x). */
  public byte[] joinRequest(int devNonce) {
    return joinRequest(devNonce, keys.nwkKey());
  }

  /** A frame set of a join-request heard by {@code rxInfo}, best first. */
  public UplinkFrameSet uplink(byte[] phy, UplinkTxInfo txInfo, List<UplinkRxInfo> rxInfo) {
    return new UplinkFrameSet(
        UUID.randomUUID(), phy, txInfo, rxInfo, Instant.parse("2024-05-01T10:00:00Z"));
  }

  /**
   * Decrypts a join-accept with the NwkKey (AppKey) and checks its MIC as the device does.
   *
   * @param devNonce the nonce of the request answered (1.1 MIC)
   * @return the plaintext PHYPayload (MHDR, payload, MIC)
   * @throws AssertionError when the MIC does not check
   */
  public byte[] decryptJoinAccept(byte[] phy, int devNonce) {
    byte[] plain = JoinAcceptCipher.decryptPhyPayload(AesKeyContext.of(keys.nwkKey()), phy);
    boolean ok;
    if (version.isLorawan11()) {
      Aes128Key jsIntKey = KeyDerivation.jsIntKey(keys.nwkKey(), devEui);
      ok =
          JoinMic.checkJoinAcceptLorawan11(
              AesKeyContext.of(jsIntKey), JoinRequestType.JOIN_REQUEST, joinEui, devNonce, plain,
              0, plain.length);
    } else {
      ok = JoinMic.checkJoinAcceptLorawan10(AesKeyContext.of(keys.nwkKey()), plain, 0,
          plain.length);
    }
    if (!ok) {
      throw new AssertionError("the join-accept's MIC does not check with the device's key");
    }
    return plain;
  }

  /** The join-accept payload from a plaintext PHYPayload. */
  public static JoinAcceptPayload payloadOf(byte[] plain) {
    return JoinAcceptPayload.decode(Arrays.copyOfRange(plain, 1, plain.length - Mic.LENGTH));
  }

  /** The session keys the device derives from a join-accept. */
  public SessionKeys sessionKeys(JoinAcceptPayload accept, int devNonce) {
    int joinNonce = accept.joinNonce().value();
    if (version.isLorawan11() && accept.dlSettings().optNeg()) {
      return KeyDerivation.lorawan11(keys.nwkKey(), keys.appKey(), joinNonce, joinEui, devNonce);
    }
    return KeyDerivation.lorawan10(keys.nwkKey(), joinNonce, accept.homeNetId(), devNonce);
  }
}
