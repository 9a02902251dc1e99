package io.longwave.bench.jmh;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Mic;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the network server does with every LoRaWAN 1.0.3 data uplink before anything touches the
 * database: decode the PHYPayload, rebuild the 32-bit FCnt, check the MIC with the session's
 * NwkSKey and decrypt the 20-byte FRMPayload with its AppSKey. The key contexts belong to the
 * session and are prepared once, as a session cache would hold them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DataUplinkBenchmark {

  private static final DevAddr DEV_ADDR = DevAddr.parse("26011bda");
  private static final int F_CNT = 70_000;

  private byte[] received;
  private AesKeyContext nwkSKey;
  private AesKeyContext appSKey;

  @Setup
  public void frame() {
    Aes128Key nwk = Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c");
    Aes128Key app = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
    nwkSKey = AesKeyContext.of(nwk);
    appSKey = AesKeyContext.of(app);
    byte[] plain = new byte[20];
    for (int i = 0; i < plain.length; i++) {
      plain[i] = (byte) (i * 7);
    }
    byte[] frm = FrmPayloadCipher.encrypt(appSKey, Direction.UPLINK, DEV_ADDR, F_CNT, plain);
    Fhdr fhdr = Fhdr.of(DEV_ADDR, FCtrl.Uplink.of(true, false, false, false), F_CNT & 0xffff,
        new byte[0]);
    PhyPayload unsigned =
        PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_UP), MacPayload.of(fhdr, 10, frm),
            new byte[4]);
    byte[] b = unsigned.encode();
    int mic = DataMic.uplinkLorawan10(nwkSKey, b, 0, b.length - 4, F_CNT);
    received = unsigned.withMic(Mic.toBytes(mic)).encode();
  }

  /** Decode, FCnt, MIC check and decrypt: the figure the target is about. */
  @Benchmark
  public byte[] decodeCheckMicDecrypt() {
    PhyPayload phy = PhyPayload.decode(received);
    MacPayload mac = phy.macPayload();
    long fCnt = FrameCounter.fullFCntUp(F_CNT, mac.fhdr().fCnt());
    byte[] b = phy.encode();
    if (!DataMic.checkUplinkLorawan10(nwkSKey, b, 0, b.length, (int) fCnt)) {
      throw new IllegalStateException("MIC");
    }
    FrmPayloadCipher.decrypt(
        appSKey, Direction.UPLINK, mac.fhdr().devAddr(), (int) fCnt, b,
        phy.frmPayloadOffset(), phy.frmPayloadLength());
    return b;
  }

  /** The PHYPayload decode alone. */
  @Benchmark
  public PhyPayload decode() {
    return PhyPayload.decode(received);
  }

  /** The MIC check alone (two AES-CMAC blocks and the B0 block). */
  @Benchmark
  public boolean checkMic() {
    return DataMic.checkUplinkLorawan10(nwkSKey, received, 0, received.length, F_CNT);
  }
}
