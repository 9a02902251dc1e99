package io.longwave.lorawan.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Random bytes in either direction: only format errors, and lossless where fully decoded. */
class MacCommandCodecPropertyTest {

  @Property(tries = 2000)
  void decode_of_random_bytes_only_throws_format_exceptions(
      @ForAll Direction direction, @ForAll @Size(max = 32) byte[] bytes) {
    try {
      MacCommandCodec.decode(direction, bytes);
    } catch (LorawanFormatException expected) {
      // the only exception allowed for bad input
    }
  }

  @Property(tries = 2000)
  void encode_of_decode_gives_the_same_bytes(
      @ForAll Direction direction, @ForAll @Size(max = 32) byte[] bytes) {
    List<MacCommand> commands;
    try {
      commands = MacCommandCodec.decode(direction, bytes);
    } catch (LorawanFormatException truncated) {
      return;
    }
    if (commands.stream().anyMatch(c -> c instanceof Unknown)) {
      return;
    }
    assertArrayEquals(bytes, MacCommandCodec.encode(commands));
  }

  @Property(tries = 2000)
  void encode_of_decode_gives_the_same_bytes_for_known_cids_only(
      @ForAll Direction direction, @ForAll @Size(max = 15) byte[] payloadBits) {
    // Build a buffer of known commands from random payload bits: CIDs taken from the table.
    Cid[] table = Cid.values();
    byte[] buffer = new byte[64];
    int length = 0;
    int i = 0;
    for (byte b : payloadBits) {
      Cid c = table[(b & 0xff) % table.length];
      if (c.direction() != direction || length + 1 + c.payloadLength() > buffer.length) {
        continue;
      }
      buffer[length++] = (byte) c.value();
      for (int k = 0; k < c.payloadLength(); k++) {
        buffer[length++] = (byte) (b * 31 + k * 17 + i);
      }
      i++;
    }
    byte[] bytes = Arrays.copyOf(buffer, length);
    assertArrayEquals(bytes, MacCommandCodec.encode(MacCommandCodec.decode(direction, bytes)));
  }
}
