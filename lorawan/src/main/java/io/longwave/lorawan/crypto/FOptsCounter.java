package io.longwave.lorawan.crypto;

import io.longwave.lorawan.Direction;

/**
 * Which LoRaWAN 1.1 frame counter a frame's FOpts are encrypted with (LoRaWAN 1.1 §4.3.1.6 as
 * corrected by the LoRaWAN 1.1 errata). It fixes the A block's Dir byte and, after the errata, its
 * byte 4: 0x01 for FCntUp and NFCntDown, 0x02 for AFCntDown.
 */
public enum FOptsCounter {
  /** An uplink: FCntUp. */
  FCNT_UP(Direction.UPLINK, 0x01),
  /** A downlink without FPort or with FPort 0: NFCntDown. */
  NFCNT_DOWN(Direction.DOWNLINK, 0x01),
  /** A downlink with FPort &gt; 0, whose FCnt is the AFCntDown. */
  AFCNT_DOWN(Direction.DOWNLINK, 0x02);

  private final Direction direction;
  private final int counterId;

  FOptsCounter(Direction direction, int counterId) {
    this.direction = direction;
    this.counterId = counterId;
  }

  /**
   * The counter of a downlink: AFCntDown when it carries an FPort above 0, otherwise NFCntDown.
   *
   * @param fPort the FPort, or -1 when the frame has none
   */
  public static FOptsCounter forDownlink(int fPort) {
    return fPort > 0 ? AFCNT_DOWN : NFCNT_DOWN;
  }

  /** The direction of the frames using this counter. */
  public Direction direction() {
    return direction;
  }

  /** Byte 4 of the A block after the errata. */
  int counterId() {
    return counterId;
  }
}
