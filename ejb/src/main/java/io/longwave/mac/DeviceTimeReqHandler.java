package io.longwave.mac;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.classb.GpsTime;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.DeviceTimeAns;
import io.longwave.lorawan.mac.StandardMacCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * DeviceTimeReq (LoRaWAN 1.0.4 §5.9): answered with DeviceTimeAns carrying the GPS time at the end
 * of the uplink's transmission. That is the best reception's time since the GPS epoch when the
 * gateway gives it, else its gateway time, else the time the network server received it,
 * converted to GPS time with the leap seconds.
 */
public final class DeviceTimeReqHandler implements MacCommandHandler {

  @Override
  public Cid cid() {
    return Cid.DEVICE_TIME_REQ;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    Duration gpsTime = receptionGpsTime(context.uplink().bestRxInfo(), context.now());
    return new MacOutcome(List.of(DeviceTimeAns.ofGpsEpochTime(gpsTime)), true);
  }

  /** The reception's time since the GPS epoch, with {@code fallback} when it gives no time. */
  static Duration receptionGpsTime(UplinkRxInfo rx, Instant fallback) {
    if (rx.timeSinceGpsEpoch() != null) {
      return rx.timeSinceGpsEpoch();
    }
    Instant t = rx.gwTime() != null ? rx.gwTime() : rx.nsTime() != null ? rx.nsTime() : fallback;
    return GpsTime.toGpsEpochTime(t);
  }
}
