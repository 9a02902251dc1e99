package io.longwave.uplink.data;

import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.session.DeviceSession;
import io.longwave.session.FrameCounterValidation;
import java.util.List;
import java.util.Optional;

/**
 * Finds which of the sessions using a DevAddr sent an uplink, by its MIC (LoRaWAN 1.0.4 §4.4,
 * 1.1 §4.4; ChirpStack {@code get_for_phypayload_and_incr_f_cnt_up}). For each candidate the full
 * 32-bit counter is rebuilt from the session's FCntUp; when the MIC fails with it, the raw 16-bit
 * value is tried too, since a device that reset its counter would otherwise look like a 16-bit
 * rollover. LoRaWAN 1.0 sessions check the MIC with the NwkSKey, 1.1 sessions with the
 * SNwkSIntKey and FNwkSIntKey, the session's ConfFCnt (when ACK is set), the uplink DR and
 * channel. A session's pending rejoin session (LoRaWAN 1.1 §6.2.4) is tried before the session
 * itself: a device that took the new session uses only its keys.
 *
 * <p>Threading: thread-safe; the key contexts come from a per-thread cache. Failure modes: none;
 * a frame the MIC functions reject (too long) matches no session.
 */
public final class SessionMatcher {

  private final AesKeyContextCache keys;

  public SessionMatcher(AesKeyContextCache keys) {
    this.keys = keys;
  }

  /**
   * The first candidate whose MIC matches.
   *
   * @param phy the uplink's bytes, MIC included
   * @param fCnt the 16 counter bits on air
   * @param candidates the sessions with the uplink's DevAddr
   */
  public Optional<SessionMatch> match(
      byte[] phy, int fCnt, UplinkTxInfo txInfo, List<DeviceSession> candidates) {
    for (int i = 0; i < candidates.size(); i++) {
      DeviceSession s = candidates.get(i);
      if (s.pendingRejoin() != null) {
        Optional<SessionMatch> pending = match(phy, fCnt, txInfo, s.pendingRejoin(), s);
        if (pending.isPresent()) {
          return pending;
        }
      }
      Optional<SessionMatch> current = match(phy, fCnt, txInfo, s, null);
      if (current.isPresent()) {
        return current;
      }
    }
    return Optional.empty();
  }

  private Optional<SessionMatch> match(
      byte[] phy, int fCnt, UplinkTxInfo txInfo, DeviceSession s, DeviceSession owner) {
    Region region = Regions.get(s.region());
    int dr = UplinkRadio.dataRate(region, txInfo);
    int ch = UplinkRadio.channelIndex(region, s, txInfo.frequencyHz());
    long base = FrameCounterValidation.reconstructionBase(s.fCntUp());
    long full = FrameCounter.fullFCntUp(base, fCnt);
    if (micValid(s, phy, full, dr, ch)) {
      return Optional.of(new SessionMatch(s, region, full, dr, ch, owner));
    }
    if (full != fCnt && micValid(s, phy, fCnt, dr, ch)) {
      return Optional.of(new SessionMatch(s, region, fCnt, dr, ch, owner));
    }
    return Optional.empty();
  }

  private boolean micValid(DeviceSession s, byte[] phy, long fCnt, int dr, int ch) {
    try {
      if (!s.macVersion().isLorawan11()) {
        return DataMic.checkUplinkLorawan10(keys.get(s.fNwkSIntKey()), phy, 0, phy.length,
            (int) fCnt);
      }
      if (dr == UplinkRadio.UNKNOWN || ch == UplinkRadio.UNKNOWN) {
        return false;
      }
      int confFCnt = (int) Math.max(0, s.confFCnt());
      return DataMic.checkUplinkLorawan11(keys.get(s.sNwkSIntKey()), keys.get(s.fNwkSIntKey()),
          phy, 0, phy.length, (int) fCnt, confFCnt, dr, ch);
    } catch (LorawanFormatException e) {
      return false;
    }
  }
}
