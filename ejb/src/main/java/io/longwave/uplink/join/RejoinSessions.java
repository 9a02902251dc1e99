package io.longwave.uplink.join;

import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.session.DeviceSession;
import java.time.Instant;

/**
 * The session a rejoin-request of type 2 leaves (LoRaWAN 1.1 §6.2.4.4): new session keys and
 * frame counters on the same DevAddr, with the radio parameters the device already uses kept
 * unchanged (receive windows, data rate, TX power, NbTrans, channels, dwell times, class and ping
 * slots). What belonged to the old keys is dropped: pending MAC requests, their error counts, a
 * pending ACK and the ADR history. Stateless.
 */
final class RejoinSessions {

  private RejoinSessions() {}

  /** A new session on {@code old}'s DevAddr and radio settings with {@code keys}. */
  static DeviceSession rekeyed(DeviceSession old, SessionKeys keys, Instant activatedAt) {
    DeviceSession s =
        new DeviceSession(
            old.devEui(), old.devAddr(), old.macVersion(), old.region(), keys, activatedAt);
    s.skipFCntCheck(old.skipFCntCheck())
        .nextRjCount0(0)
        .nextRjCount1(old.nextRjCount1())
        .rx1Delay(old.rx1Delay())
        .rx1DrOffset(old.rx1DrOffset())
        .rx2Dr(old.rx2Dr())
        .rx2FrequencyHz(old.rx2FrequencyHz())
        .adr(old.adr())
        .dr(old.dr())
        .txPowerIndex(old.txPowerIndex())
        .nbTrans(old.nbTrans())
        .maxSupportedTxPowerIndex(old.maxSupportedTxPowerIndex())
        .enabledUplinkChannels(old.enabledUplinkChannels())
        .extraUplinkChannels(old.extraUplinkChannels())
        .uplinkDwellTime400ms(old.uplinkDwellTime400ms())
        .downlinkDwellTime400ms(old.downlinkDwellTime400ms())
        .deviceClass(old.deviceClass())
        .pingSlotNb(old.pingSlotNb())
        .pingSlotDr(old.pingSlotDr())
        .pingSlotFrequencyHz(old.pingSlotFrequencyHz())
        .fCntUp(0)
        .nFCntDown(0)
        .aFCntDown(0);
    return s;
  }
}
