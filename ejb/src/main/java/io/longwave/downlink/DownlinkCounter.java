package io.longwave.downlink;

/**
 * The downlink frame counter a data downlink used (LoRaWAN 1.1 §4.3.1.5): NFCntDown for MAC-only
 * frames (no FPort or FPort 0), AFCntDown for application frames (FPort &gt; 0). LoRaWAN 1.0.x
 * devices have one counter, FCntDown, held as the session's NFCntDown: their frames always use
 * {@link #NETWORK}.
 */
public enum DownlinkCounter {
  /** NFCntDown (and the single FCntDown of LoRaWAN 1.0.x). */
  NETWORK,
  /** AFCntDown (LoRaWAN 1.1, FPort &gt; 0). */
  APPLICATION
}
