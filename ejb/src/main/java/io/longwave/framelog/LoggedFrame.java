package io.longwave.framelog;

import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import java.time.Instant;

/**
 * One frame in the {@link FrameLog}: an uplink as received or a downlink as sent, with its
 * PHYPayload (LoRaWAN 1.1 §4.1) undecoded, so that logging costs no decoding on the hot path.
 */
public sealed interface LoggedFrame permits LoggedUplink, LoggedDownlink {

  /** When the network server received or sent the frame. */
  Instant time();

  /** The device, or null when it is not known (a join-request of an unknown DevEUI). */
  Eui64 devEui();

  /** The PHYPayload bytes; a copy. */
  byte[] phyPayload();

  /** The message type from the MHDR (LoRaWAN 1.1 §4.2.1). */
  MType mType();
}
