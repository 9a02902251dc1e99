package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;
import java.util.BitSet;
import java.util.List;

/**
 * LinkADRReq channel masks of the dynamic plans (RP002-1.0.3 §2.2.5 and the matching section of
 * each dynamic band): ChMaskCntl 0 carries channels 0 to 15, ChMaskCntl 6 turns every defined
 * channel on, the other values are RFU.
 */
final class DynamicChannelMasks {

  static final int CHANNELS = 16;

  private DynamicChannelMasks() {}

  static List<ChannelMaskBlock> plan(BitSet deviceEnabled, BitSet wanted) {
    if (wanted.length() > CHANNELS) {
      throw new LorawanFormatException(
          "a dynamic channel plan has channels 0 to 15, asked to enable channel "
              + (wanted.length() - 1));
    }
    if (wanted.equals(deviceEnabled)) {
      return List.of();
    }
    return List.of(new ChannelMaskBlock(0, bits(wanted, 0)));
  }

  static BitSet apply(BitSet defined, BitSet deviceEnabled, List<ChannelMaskBlock> blocks) {
    BitSet out = (BitSet) deviceEnabled.clone();
    for (ChannelMaskBlock block : blocks) {
      BaseRegion.required(block, "a channel-mask block");
      switch (block.chMaskCntl()) {
        case 0 -> {
          for (int i = 0; i < CHANNELS; i++) {
            boolean on = block.enables(i);
            if (on && !defined.get(i)) {
              throw new LorawanFormatException(
                  "ChMask enables channel " + i + ", which the device has not defined");
            }
            out.set(i, on);
          }
        }
        case 6 -> {
          out.clear(0, CHANNELS);
          out.or(defined.get(0, CHANNELS));
        }
        default ->
            throw new LorawanFormatException(
                "ChMaskCntl " + block.chMaskCntl() + " is RFU in a dynamic channel plan");
      }
    }
    return requireSomeEnabled(out);
  }

  /** The 16 bits of {@code set} from {@code from}, bit 0 = channel {@code from}. */
  static int bits(BitSet set, int from) {
    int mask = 0;
    for (int i = 0; i < 16; i++) {
      if (set.get(from + i)) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  static BitSet requireSomeEnabled(BitSet channels) {
    if (channels.isEmpty()) {
      throw new LorawanFormatException("the channel mask would leave no channel enabled");
    }
    return channels;
  }
}
