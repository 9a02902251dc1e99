package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * LinkADRReq channel masks of the fixed plans. US915 and AU915 (RP002-1.0.3 §2.3.5, §2.6.5): 64
 * narrow channels in ChMaskCntl 0-3, the 8 wide channels in ChMaskCntl 4, ChMaskCntl 5 switches
 * banks of 8 narrow channels plus one wide channel, 6 and 7 turn all narrow channels on or off and
 * carry the wide channels' mask. CN470 (96 channels, no wide channels): ChMaskCntl 0-5 and 6 = all
 * on. Planning uses ChMaskCntl 5 never (devices before RP002 do not know it), the others the way
 * ChirpStack lrwn does.
 */
final class FixedChannelMasks {

  private final int narrow;
  private final int wide;
  private final int total;
  private final int blocks;

  FixedChannelMasks(int narrow, int wide) {
    this.narrow = narrow;
    this.wide = wide;
    this.total = narrow + wide;
    this.blocks = (total + 15) / 16;
  }

  int channelCount() {
    return total;
  }

  int[] cfListMasks(BitSet enabled) {
    requireInRange(enabled);
    int[] masks = new int[blocks];
    for (int b = 0; b < blocks; b++) {
      masks[b] = DynamicChannelMasks.bits(enabled, b * 16);
    }
    return masks;
  }

  List<ChannelMaskBlock> plan(BitSet deviceEnabled, BitSet wanted) {
    requireInRange(wanted);
    if (wanted.equals(deviceEnabled)) {
      return List.of();
    }
    List<ChannelMaskBlock> perBlock = new ArrayList<>();
    for (int b = 0; b < blocks; b++) {
      int want = DynamicChannelMasks.bits(wanted, b * 16);
      if (want != DynamicChannelMasks.bits(deviceEnabled, b * 16)) {
        perBlock.add(new ChannelMaskBlock(b, want));
      }
    }
    List<ChannelMaskBlock> shortcut = shortcut(wanted);
    return shortcut != null && shortcut.size() <= perBlock.size() ? shortcut : perBlock;
  }

  private List<ChannelMaskBlock> shortcut(BitSet wanted) {
    boolean allNarrow = wanted.nextClearBit(0) >= narrow;
    if (wide == 0) {
      return allNarrow ? List.of(new ChannelMaskBlock(6, 0)) : null;
    }
    int wideMask = DynamicChannelMasks.bits(wanted, narrow) & ((1 << wide) - 1);
    if (allNarrow) {
      return List.of(new ChannelMaskBlock(6, wideMask));
    }
    List<ChannelMaskBlock> out = new ArrayList<>();
    out.add(new ChannelMaskBlock(7, wideMask));
    for (int b = 0; b < narrow / 16; b++) {
      int want = DynamicChannelMasks.bits(wanted, b * 16);
      if (want != 0) {
        out.add(new ChannelMaskBlock(b, want));
      }
    }
    return out;
  }

  BitSet apply(BitSet deviceEnabled, List<ChannelMaskBlock> masks) {
    BitSet out = (BitSet) deviceEnabled.clone();
    out.clear(total, Math.max(total, out.length()));
    for (ChannelMaskBlock block : masks) {
      BaseRegion.required(block, "a channel-mask block");
      int cntl = block.chMaskCntl();
      if (cntl < blocks && (wide == 0 || cntl < narrow / 16 || cntl == blocks - 1)) {
        for (int i = 0; i < 16; i++) {
          int ch = cntl * 16 + i;
          if (ch >= total) {
            requireClear(block, i);
          } else {
            out.set(ch, block.enables(i));
          }
        }
      } else if (wide > 0 && cntl == 5) {
        for (int bank = 0; bank < 16; bank++) {
          if (bank >= wide) {
            requireClear(block, bank);
            continue;
          }
          boolean on = block.enables(bank);
          out.set(bank * 8, bank * 8 + 8, on);
          out.set(narrow + bank, on);
        }
      } else if (cntl == 6 || (cntl == 7 && wide > 0)) {
        out.set(0, narrow, cntl == 6);
        for (int i = 0; i < 16; i++) {
          if (i >= wide) {
            if (wide > 0) {
              requireClear(block, i);
            }
          } else {
            out.set(narrow + i, block.enables(i));
          }
        }
      } else {
        throw new LorawanFormatException("ChMaskCntl " + cntl + " is RFU in this channel plan");
      }
    }
    return DynamicChannelMasks.requireSomeEnabled(out);
  }

  private void requireClear(ChannelMaskBlock block, int bit) {
    if (block.enables(bit)) {
      throw new LorawanFormatException(
          "ChMaskCntl "
              + block.chMaskCntl()
              + " sets ChMask bit "
              + bit
              + ", but the plan has only "
              + total
              + " channels");
    }
  }

  private void requireInRange(BitSet channels) {
    if (channels.length() > total) {
      throw new LorawanFormatException(
          "the plan has channels 0 to " + (total - 1) + ", got channel " + (channels.length() - 1));
    }
  }
}
