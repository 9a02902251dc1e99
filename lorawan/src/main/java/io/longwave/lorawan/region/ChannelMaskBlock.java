package io.longwave.lorawan.region;

import io.longwave.lorawan.LorawanFormatException;

/**
 * The channel part of one LinkADRReq (LoRaWAN 1.0.4 §5.3; RP002-1.0.3 §2.x.5): the ChMaskCntl value
 * and the 16-bit ChMask it qualifies. Bit {@code i} of {@code chMask} is channel {@code 16 *
 * chMaskCntl + i} for the plain blocks; ChMaskCntl 5, 6 and 7 have band-specific meanings.
 *
 * @param chMaskCntl 0 to 7
 * @param chMask 16 bits, bit 0 = first channel of the block
 */
public record ChannelMaskBlock(int chMaskCntl, int chMask) {

  public ChannelMaskBlock {
    if (chMaskCntl < 0 || chMaskCntl > 7) {
      throw new LorawanFormatException("ChMaskCntl has 3 bits (0-7), got " + chMaskCntl);
    }
    if (chMask < 0 || chMask > 0xffff) {
      throw new LorawanFormatException("ChMask has 16 bits, got 0x" + Integer.toHexString(chMask));
    }
  }

  /** True when bit {@code i} (0 to 15) of the mask is set. */
  public boolean enables(int i) {
    return (chMask & (1 << i)) != 0;
  }
}
