package io.longwave.downlink.data;

import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import java.util.List;

/**
 * Which MAC commands fit a downlink (LoRaWAN 1.0.4 §4.3.1.6 and §5): the longest prefix, in the
 * order given, that fits a number of bytes. Keeping the order keeps answers before requests as
 * the MAC handling lists them. Stateless.
 */
final class MacCommandSelection {

  private MacCommandSelection() {}

  /** The first commands whose encoding takes at most {@code room} bytes. */
  static List<MacCommand> fitting(List<MacCommand> commands, int room) {
    int used = 0;
    int n = 0;
    while (n < commands.size()) {
      int size = MacCommandCodec.encodedLength(commands.get(n));
      if (used + size > room) {
        break;
      }
      used += size;
      n++;
    }
    return List.copyOf(commands.subList(0, n));
  }

  /** The encoded length of {@code commands}. */
  static int length(List<MacCommand> commands) {
    int total = 0;
    for (MacCommand c : commands) {
      total += MacCommandCodec.encodedLength(c);
    }
    return total;
  }

  static byte[] encode(List<MacCommand> commands) {
    return MacCommandCodec.encode(commands);
  }
}
