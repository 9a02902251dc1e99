package io.longwave.bench.jmh;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.DevNonce;
import io.longwave.lorawan.DlSettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinNonce;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Mic;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The codec's share of an OTAA join (LoRaWAN 1.0.x): decode the join-request, check its MIC with
 * the device's AppKey (a context prepared per join, since the key comes from the device's
 * record), derive NwkSKey and AppSKey, and build, sign and encrypt the join-accept.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JoinBenchmark {

  private static final NetId NET_ID = NetId.parse("000013");
  private static final DevAddr DEV_ADDR = DevAddr.parse("26011bda");

  private Aes128Key appKey;
  private byte[] joinRequest;

  @Setup
  public void frame() {
    appKey = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
    JoinRequestPayload p =
        new JoinRequestPayload(
            Eui64.parse("70b3d57ed0000001"), Eui64.parse("0004a30b001c0530"), new DevNonce(0x1234));
    PhyPayload unsigned = PhyPayload.of(Mhdr.of(MType.JOIN_REQUEST), p, new byte[4]);
    byte[] b = unsigned.encode();
    int mic = JoinMic.joinRequest(AesKeyContext.of(appKey), b, 0, b.length - 4);
    joinRequest = unsigned.withMic(Mic.toBytes(mic)).encode();
  }

  @Benchmark
  public byte[] answerJoinRequest() {
    PhyPayload request = PhyPayload.decode(joinRequest);
    JoinRequestPayload jr = (JoinRequestPayload) request.payload();
    AesKeyContext key = AesKeyContext.of(appKey);
    if (!JoinMic.checkJoinRequest(key, joinRequest, 0, joinRequest.length)) {
      throw new IllegalStateException("MIC");
    }
    int joinNonce = 0x00abcd;
    Lorawan10SessionKeys keys =
        KeyDerivation.lorawan10(appKey, joinNonce, NET_ID, jr.devNonce().value());
    JoinAcceptPayload accept =
        new JoinAcceptPayload(
            new JoinNonce(joinNonce), NET_ID, DEV_ADDR, new DlSettings(false, 0, 0), 1,
            Optional.empty());
    byte[] plain = accept.encode();
    byte[] phy = new byte[1 + plain.length + 4];
    phy[0] = Mhdr.of(MType.JOIN_ACCEPT).encode();
    System.arraycopy(plain, 0, phy, 1, plain.length);
    Mic.write(JoinMic.joinAcceptLorawan10(key, phy, 0, 1 + plain.length), phy, 1 + plain.length);
    JoinAcceptCipher.encrypt(key, phy, 1, phy.length - 1);
    if (keys.appSKey() == null) {
      throw new IllegalStateException("keys");
    }
    return phy;
  }
}
