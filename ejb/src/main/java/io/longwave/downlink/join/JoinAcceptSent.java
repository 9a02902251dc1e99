package io.longwave.downlink.join;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A join-accept handed to a gateway, kept under its downlink id so that the TX acknowledgement can
 * be matched to the device (ChirpStack saves the downlink frame for the same purpose).
 *
 * @param downlinkId the id of the downlink frame
 * @param devEui the device
 * @param devAddr the address the join-accept gives it
 * @param gatewayId the gateway asked to send it
 * @param deduplicationId the join-request answered
 * @param sentAt when it was handed to the gateway
 */
public record JoinAcceptSent(
    long downlinkId,
    Eui64 devEui,
    DevAddr devAddr,
    GatewayId gatewayId,
    UUID deduplicationId,
    Instant sentAt) {

  public JoinAcceptSent {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(devAddr, "devAddr");
    Objects.requireNonNull(gatewayId, "gatewayId");
    Objects.requireNonNull(deduplicationId, "deduplicationId");
    Objects.requireNonNull(sentAt, "sentAt");
  }
}
