package io.longwave.connector.mqtt.codec;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.longwave.connector.api.MqttEncoding;
import io.longwave.connector.api.frame.GatewayId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every decoder of every encoding only ever throws {@link MqttMessageException}, and never
 * hangs, for random bytes and for mutations of the valid messages in {@code mqtt/fuzz-corpus}
 * and of a protobuf uplink.
 */
class MqttCodecFuzzTest {

  private static final GatewayId GW = GatewayId.parse("0016c001f153a14c");
  private static final String[] CORPUS = {
    "v4-up.json", "v4-stats.json", "v4-ack.json", "v3-up.json", "v3-ack.json"
  };

  static List<byte[]> corpus() {
    List<byte[]> seeds = new ArrayList<>();
    for (String name : CORPUS) {
      try (InputStream in = MqttCodecFuzzTest.class.getResourceAsStream("/mqtt/fuzz-corpus/" + name)) {
        seeds.add(in.readAllBytes());
      } catch (IOException | NullPointerException e) {
        throw new IllegalStateException("corpus file " + name + " missing", e);
      }
    }
    seeds.add(V4ProtobufCodecTest.uplink());
    return seeds;
  }

  @Provide
  Arbitrary<byte[]> mutated() {
    List<byte[]> seeds = corpus();
    return Arbitraries.integers().between(0, seeds.size() - 1).flatMap(i ->
        Arbitraries.integers().between(0, 1 << 30).list().ofMaxSize(8).map(edits -> {
          byte[] d = seeds.get(i).clone();
          int length = d.length;
          for (int e : edits) {
            int pos = e % Math.max(1, length);
            switch ((e >>> 20) % 4) {
              case 0 -> d[pos] = (byte) (e >>> 8);
              case 1 -> length = pos;
              case 2 -> d[pos] = (byte) "{}[]\":,0-9.eE\\ntf".charAt((e >>> 8) % 17);
              default -> d[pos] ^= (byte) (1 << ((e >>> 8) & 7));
            }
          }
          return Arrays.copyOf(d, length);
        }));
  }

  @Property(tries = 2000)
  void mutated_messages_only_give_codec_exceptions(@ForAll("mutated") byte[] payload) {
    decodeWithEveryCodec(payload);
  }

  @Property(tries = 1000)
  void random_bytes_only_give_codec_exceptions(@ForAll byte[] payload) {
    decodeWithEveryCodec(payload);
  }

  private static void decodeWithEveryCodec(byte[] payload) {
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      for (MqttEncoding encoding : MqttEncoding.values()) {
        GatewayMessageCodec codec = GatewayMessageCodec.of(encoding);
        try {
          codec.uplink(GW, payload);
        } catch (MqttMessageException expected) {
          // allowed
        }
        try {
          codec.stats(GW, payload);
        } catch (MqttMessageException expected) {
          // allowed
        }
        try {
          codec.txAck(GW, payload);
        } catch (MqttMessageException expected) {
          // allowed
        }
        try {
          codec.connState(GW, payload);
        } catch (MqttMessageException expected) {
          // allowed
        }
      }
    });
  }
}
