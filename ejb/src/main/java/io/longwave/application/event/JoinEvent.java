package io.longwave.application.event;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A device joined: its new address (ChirpStack v3 {@code join} event).
 *
 * @param deduplicationId the join-request's id
 * @param devEui the device
 * @param devAddr the address it was given
 * @param rxInfo the receptions of the join-request
 * @param joinedAt when the join-accept was made
 */
public record JoinEvent(
    UUID deduplicationId, Eui64 devEui, DevAddr devAddr, List<UplinkRxInfo> rxInfo,
    Instant joinedAt) {

  public JoinEvent {
    rxInfo = List.copyOf(rxInfo);
  }
}
