package io.longwave.downlink;

import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.lorawan.region.DwellTime;
import io.longwave.lorawan.region.Region;
import java.time.Duration;

/**
 * The tx-info of a Class A answer (LoRaWAN 1.0.4 §3.3): RX1 on the frequency and data rate the
 * region derives from the uplink, after the RX1 delay; RX2 on the session's fixed frequency and
 * data rate one second later. Both are timed relative to the uplink's reception ({@code Delay}
 * with the gateway's timing context, the {@code tmst} for Semtech UDP) and sent by the antenna
 * and board that heard it.
 */
public final class ReceiveWindows {

  private ReceiveWindows() {}

  /**
   * The RX1 transmission.
   *
   * @param delay the RX1 delay (RECEIVE_DELAY1, or JOIN_ACCEPT_DELAY1 for a join-accept)
   * @param txPowerDbm the EIRP, or -1 for the region's default at that frequency
   * @return the tx-info, with the RX1 data rate in {@link Rx#dr()}
   */
  public static Rx rx1(
      Region region,
      UplinkTxInfo uplinkTx,
      UplinkRxInfo via,
      int uplinkDr,
      int rx1DrOffset,
      boolean downlinkDwellTime400ms,
      Duration delay,
      int txPowerDbm) {
    long frequency = region.rx1FrequencyHz(uplinkTx.frequencyHz());
    int dr =
        region.rx1DataRate(
            uplinkDr, rx1DrOffset,
            downlinkDwellTime400ms ? DwellTime.LIMIT_400_MS : DwellTime.NO_LIMIT);
    return tx(region, via, frequency, dr, delay, txPowerDbm);
  }

  /**
   * The RX2 transmission.
   *
   * @param delay the RX2 delay (RECEIVE_DELAY2, or JOIN_ACCEPT_DELAY2 for a join-accept)
   */
  public static Rx rx2(
      Region region, UplinkRxInfo via, long rx2FrequencyHz, int rx2Dr, Duration delay,
      int txPowerDbm) {
    return tx(region, via, rx2FrequencyHz, rx2Dr, delay, txPowerDbm);
  }

  private static Rx tx(
      Region region, UplinkRxInfo via, long frequency, int dr, Duration delay, int power) {
    int dbm = power >= 0 ? power : DownlinkTxPower.defaultDbm(region.id(), frequency);
    DownlinkTxInfo info =
        new DownlinkTxInfo(
            frequency,
            dbm,
            RadioModulations.downlink(region, dr),
            via.board(),
            via.antenna(),
            new DownlinkTiming.Delay(delay),
            via.context());
    return new Rx(info, dr);
  }

  /**
   * A receive window's transmission.
   *
   * @param txInfo what the gateway must do
   * @param dr the data rate, for the maximum payload size
   */
  public record Rx(DownlinkTxInfo txInfo, int dr) {}
}
