package io.longwave.lorawan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Decoding never fails with anything but {@link LorawanFormatException} and never hangs, on
 * random bytes and on mutations of the seed corpus in {@code fuzz/phypayload-seeds.txt}; random
 * valid frames survive encode then decode.
 */
class PhyPayloadFuzzTest {

  private static final List<byte[]> SEEDS = loadSeeds();

  @Test
  void every_seed_decodes_and_encodes_back_to_its_bytes() {
    assertTrue(SEEDS.size() >= 20, "seed corpus has " + SEEDS.size() + " frames");
    for (byte[] seed : SEEDS) {
      assertArrayEquals(seed, PhyPayload.decode(seed).encode(), Hex.encode(seed));
    }
    for (MType t : MType.values()) {
      assertTrue(SEEDS.stream().anyMatch(s -> ((s[0] & 0xff) >>> 5) == t.code()),
          "no seed of type " + t);
    }
  }

  @Property(tries = 2000)
  void random_bytes_decode_or_fail_with_a_format_exception(
      @ForAll @Size(max = 64) byte[] bytes) {
    decodeSafely(bytes);
  }

  @Property(tries = 2000)
  void mutated_seeds_decode_or_fail_with_a_format_exception(
      @ForAll @IntRange(min = 0, max = 1000) int seedIndex, @ForAll long randomSeed) {
    Random r = new Random(randomSeed);
    byte[] seed = SEEDS.get(seedIndex % SEEDS.size());
    decodeSafely(mutate(seed, r));
  }

  @Test
  void decoding_many_mutations_takes_well_under_a_few_seconds() {
    Random r = new Random(42);
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      for (int i = 0; i < 50_000; i++) {
        decodeSafely(mutate(SEEDS.get(i % SEEDS.size()), r));
      }
    });
  }

  @Property(tries = 2000)
  void random_valid_frames_survive_encode_then_decode(@ForAll("frames") PhyPayload frame) {
    byte[] bytes = frame.encode();
    PhyPayload decoded = PhyPayload.decode(bytes);
    assertEquals(frame, decoded);
    assertEquals(frame.mhdr(), decoded.mhdr());
    assertEquals(frame.payload(), decoded.payload());
    assertArrayEquals(frame.mic(), decoded.mic());
  }

  @Property(tries = 500)
  void random_join_accepts_survive_encode_then_decode(
      @ForAll("joinAccepts") JoinAcceptPayload payload) {
    assertEquals(payload, JoinAcceptPayload.decode(payload.encode()));
  }

  private static void decodeSafely(byte[] bytes) {
    PhyPayload phy;
    try {
      phy = PhyPayload.decode(bytes);
    } catch (LorawanFormatException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      return;
    }
    assertArrayEquals(bytes, phy.encode());
    if (phy.mType().isData()) {
      assertTrue(phy.frmPayloadOffset() + phy.frmPayloadLength() <= phy.micInputLength());
    }
  }

  private static byte[] mutate(byte[] seed, Random r) {
    byte[] b = seed.clone();
    int rounds = 1 + r.nextInt(3);
    for (int k = 0; k < rounds; k++) {
      switch (r.nextInt(4)) {
        case 0 -> {
          if (b.length > 0) {
            int i = r.nextInt(b.length);
            b[i] ^= (byte) (1 << r.nextInt(8));
          }
        }
        case 1 -> b = Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length));
        case 2 -> {
          byte[] longer = Arrays.copyOf(b, b.length + 1 + r.nextInt(16));
          for (int i = b.length; i < longer.length; i++) {
            longer[i] = (byte) r.nextInt(256);
          }
          b = longer;
        }
        default -> {
          if (b.length > 0) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
          }
        }
      }
    }
    return b;
  }

  @Provide
  Arbitrary<PhyPayload> frames() {
    Arbitrary<byte[]> mic = Arbitraries.bytes().array(byte[].class).ofSize(4);
    Arbitrary<Eui64> eui = Arbitraries.longs().map(Eui64::new);
    Arbitrary<PhyPayload> data = Combinators.combine(
            Arbitraries.of(MType.UNCONFIRMED_DATA_UP, MType.UNCONFIRMED_DATA_DOWN,
                MType.CONFIRMED_DATA_UP, MType.CONFIRMED_DATA_DOWN),
            Arbitraries.integers().between(0, 255),
            Arbitraries.integers(),
            Arbitraries.integers().between(0, 0xffff),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(15),
            Arbitraries.integers().between(-1, 255),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(40),
            mic)
        .as((t, flags, addr, fCnt, fOpts, port, frm, m) -> {
          FCtrl fCtrl = FCtrl.decode(flags & 0xf0, t.isUplink());
          int fPort = port == 0 && fOpts.length > 0 ? 1 : port;
          byte[] payload = fPort == MacPayload.NO_F_PORT ? new byte[0] : frm;
          Fhdr fhdr = Fhdr.of(new DevAddr(addr), fCtrl, fCnt, fOpts);
          return PhyPayload.of(Mhdr.of(t), new MacPayload(fhdr, fPort, payload), m);
        });
    Arbitrary<PhyPayload> joinRequest = Combinators.combine(eui, eui,
            Arbitraries.integers().between(0, 0xffff), mic)
        .as((j, d, n, m) -> PhyPayload.of(Mhdr.of(MType.JOIN_REQUEST),
            new JoinRequestPayload(j, d, new DevNonce(n)), m));
    Arbitrary<PhyPayload> rejoin02 = Combinators.combine(Arbitraries.of(0, 2),
            Arbitraries.integers().between(0, 0xffffff), eui,
            Arbitraries.integers().between(0, 0xffff), mic)
        .as((t, net, d, c, m) -> PhyPayload.of(Mhdr.of(MType.REJOIN_REQUEST),
            new RejoinRequestPayload.Type02(t, new NetId(net), d, c), m));
    Arbitrary<PhyPayload> rejoin1 = Combinators.combine(eui, eui,
            Arbitraries.integers().between(0, 0xffff), mic)
        .as((j, d, c, m) -> PhyPayload.of(Mhdr.of(MType.REJOIN_REQUEST),
            new RejoinRequestPayload.Type1(j, d, c), m));
    Arbitrary<PhyPayload> joinAccept = Combinators.combine(
            Arbitraries.bytes().array(byte[].class).ofSize(12),
            Arbitraries.of(true, false), mic)
        .as((ja, withCfList, m) -> PhyPayload.of(Mhdr.of(MType.JOIN_ACCEPT),
            new EncryptedJoinAccept(withCfList ? Arrays.copyOf(ja, 28) : ja), m));
    Arbitrary<PhyPayload> proprietary = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> PhyPayload.of(Mhdr.of(MType.PROPRIETARY), new Proprietary(b), new byte[0]));
    return Arbitraries.oneOf(data, joinRequest, rejoin02, rejoin1, joinAccept, proprietary);
  }

  @Provide
  Arbitrary<JoinAcceptPayload> joinAccepts() {
    Arbitrary<Optional<CfList>> cfList = Arbitraries.oneOf(
        Arbitraries.just(Optional.empty()),
        Arbitraries.integers().between(0, 0xffffff).array(int[].class).ofMaxSize(5)
            .map(f -> {
              int[] hz = new int[f.length];
              for (int i = 0; i < f.length; i++) {
                hz[i] = f[i] * 100;
              }
              return Optional.of(new CfList.Channels(hz));
            }),
        Arbitraries.integers().between(0, 0xffff).array(int[].class).ofMaxSize(7)
            .map(m -> Optional.of(new CfList.ChannelMasks(m))));
    return Combinators.combine(
            Arbitraries.integers().between(0, 0xffffff),
            Arbitraries.integers().between(0, 0xffffff),
            Arbitraries.integers(),
            Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(0, 15),
            cfList)
        .as((nonce, net, addr, dl, rxDelay, cf) -> new JoinAcceptPayload(new JoinNonce(nonce),
            new NetId(net), new DevAddr(addr), DlSettings.decode(dl), rxDelay, cf));
  }

  private static List<byte[]> loadSeeds() {
    List<byte[]> seeds = new ArrayList<>();
    try (InputStream in = PhyPayloadFuzzTest.class.getResourceAsStream(
            "/fuzz/phypayload-seeds.txt");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int hash = line.indexOf('#');
        String hex = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!hex.isEmpty()) {
          seeds.add(Hex.decode(hex, "seed"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the seed corpus", e);
    }
    return seeds;
  }
}
