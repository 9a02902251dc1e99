package io.longwave.framelog;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A logged uplink (LoRaWAN 1.1 §4; ChirpStack {@code UplinkFrameLog}): the PHYPayload with the
 * device's tx info and every gateway's reception.
 *
 * @param time when the network server received it
 * @param deduplicationId the id of the uplink frame set
 * @param devEui the device, or null for a join-request from an unknown device
 * @param devAddr the device address of a data uplink, or null
 * @param mType the message type
 * @param phyPayload the PHYPayload as received
 * @param txInfo how the device transmitted it
 * @param rxInfo every reception, best first
 */
public record LoggedUplink(
    Instant time,
    UUID deduplicationId,
    Eui64 devEui,
    DevAddr devAddr,
    MType mType,
    byte[] phyPayload,
    UplinkTxInfo txInfo,
    List<UplinkRxInfo> rxInfo)
    implements LoggedFrame {

  public LoggedUplink {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(deduplicationId, "deduplicationId");
    Objects.requireNonNull(mType, "mType");
    Objects.requireNonNull(phyPayload, "phyPayload");
    Objects.requireNonNull(txInfo, "txInfo");
    rxInfo = List.copyOf(rxInfo);
  }

  /** The log entry of a frame set, which keeps the set's PHYPayload array (it is not changed). */
  public static LoggedUplink of(UplinkFrameSet set, MType mType, Eui64 devEui, DevAddr devAddr) {
    return new LoggedUplink(set.receivedAt(), set.deduplicationId(), devEui, devAddr, mType,
        set.phyPayload(), set.txInfo(), set.rxInfo());
  }

  @Override
  public byte[] phyPayload() {
    return phyPayload.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoggedUplink u
        && time.equals(u.time)
        && deduplicationId.equals(u.deduplicationId)
        && Objects.equals(devEui, u.devEui)
        && Objects.equals(devAddr, u.devAddr)
        && mType == u.mType
        && Arrays.equals(phyPayload, u.phyPayload)
        && txInfo.equals(u.txInfo)
        && rxInfo.equals(u.rxInfo);
  }

  @Override
  public int hashCode() {
    return deduplicationId.hashCode();
  }

  @Override
  public String toString() {
    return "LoggedUplink[" + time + ", " + mType + ", " + devEui + ", " + phyPayload.length
        + " bytes, " + rxInfo.size() + " receptions]";
  }
}
