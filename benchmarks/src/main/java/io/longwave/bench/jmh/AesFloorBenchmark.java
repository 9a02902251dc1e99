package io.longwave.bench.jmh;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.crypto.AesKeyContext;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The floor under the LoRaWAN crypto: one AES-128 block with a prepared key, through the context
 * the library uses (BouncyCastle's AES engine) and through the JDK's cipher (which uses the
 * processor's AES instructions where it has them); and the cost of preparing a key.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AesFloorBenchmark {

  private final byte[] in = new byte[16];
  private final byte[] out = new byte[16];
  private Aes128Key key;
  private AesKeyContext context;
  private Cipher jdk;

  @Setup
  public void keys() throws GeneralSecurityException {
    key = Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c");
    context = AesKeyContext.of(key);
    jdk = Cipher.getInstance("AES/ECB/NoPadding");
    jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.toBytes(), "AES"));
  }

  @Benchmark
  public byte[] blockWithContext() {
    context.encryptBlock(in, 0, out, 0);
    return out;
  }

  @Benchmark
  public byte[] blockWithJdkCipher() throws GeneralSecurityException {
    jdk.doFinal(in, 0, 16, out, 0);
    return out;
  }

  @Benchmark
  public AesKeyContext prepareKey() {
    return AesKeyContext.of(key);
  }
}
