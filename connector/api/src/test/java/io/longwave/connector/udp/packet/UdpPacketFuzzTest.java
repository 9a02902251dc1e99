package io.longwave.connector.udp.packet;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.udp.UdpFrameTranslator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Decoding never throws anything but {@link UdpPacketException} and never hangs, for random
 * bytes and for mutations of the valid datagrams kept in {@code udp/fuzz-corpus}.
 */
class UdpPacketFuzzTest {

  private static final String[] CORPUS = {
    "push-data-lora", "push-data-fsk-stat", "push-data-rsig", "pull-data", "tx-ack-error",
    "tx-ack-warn", "pull-resp"
  };

  static List<byte[]> corpus() {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : CORPUS) {
      try (InputStream in =
          UdpPacketFuzzTest.class.getResourceAsStream("/udp/fuzz-corpus/" + name + ".hex")) {
        seeds.add(HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip()));
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("corpus file " + name + " missing", e);
      }
    }
    return seeds;
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    List<byte[]> seeds = corpus();
    return Arbitraries.integers()
        .between(0, seeds.size() - 1)
        .flatMap(
            i ->
                Arbitraries.integers()
                    .between(0, 1 << 30)
                    .list()
                    .ofMaxSize(8)
                    .map(edits -> mutate(seeds.get(i), edits)));
  }

  private static byte[] mutate(byte[] seed, List<Integer> edits) {
    byte[] d = seed.clone();
    int length = d.length;
    for (int e : edits) {
      int pos = e % Math.max(1, length);
      switch ((e >>> 20) % 4) {
        case 0 -> d[pos] = (byte) (e >>> 8);
        case 1 -> length = Math.max(0, pos);
        case 2 -> d[pos] = (byte) "{}[]\":,0-9.eE\\ntf".charAt((e >>> 8) % 17);
        default -> d[pos] ^= (byte) (1 << ((e >>> 8) & 7));
      }
    }
    return java.util.Arrays.copyOf(d, length);
  }

  @Property(tries = 3000)
  void mutated_datagrams_only_give_packet_exceptions(@ForAll("mutated") byte[] d) {
    decodeEverything(d);
  }

  @Property(tries = 2000)
  void random_bytes_only_give_packet_exceptions(@ForAll byte[] d) {
    decodeEverything(d);
  }

  private static void decodeEverything(byte[] d) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          try {
            PacketType type = PacketType.of(d, d.length);
            switch (type) {
              case PUSH_DATA -> {
                PushData p = PushData.decode(d, d.length);
                for (Rxpk rx : p.rxpk()) {
                  UdpFrameTranslator.uplinks(p.gatewayId(), rx, Instant.EPOCH);
                }
                if (p.stat() != null) {
                  UdpFrameTranslator.stats(GatewayId.parse("0000000000000000"), p.stat(), "", Instant.EPOCH);
                }
              }
              case PULL_DATA -> PullData.decode(d, d.length);
              case TX_ACK -> TxAck.decode(d, d.length);
              case PULL_RESP -> PullResp.decode(d, d.length);
              case PUSH_ACK -> PushAck.decode(d, d.length);
              case PULL_ACK -> PullAck.decode(d, d.length);
              default -> throw new AssertionError(type);
            }
          } catch (UdpPacketException expected) {
            // the only failure allowed
          }
        });
  }
}
