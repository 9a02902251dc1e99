package io.longwave.downlink.join;

import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.region.Region;
import io.longwave.uplink.UplinkFrameSet;
import java.util.Objects;

/**
 * What the join flow hands to the downlink side: the join-accept to send and what its MIC,
 * encryption and receive windows depend on.
 *
 * @param devEui the device
 * @param macVersion its LoRaWAN version (1.1 devices get the OptNeg MIC)
 * @param keys its root keys
 * @param joinEui the JoinEUI of the request
 * @param devNonce the DevNonce of the request (RJcount for a rejoin-request)
 * @param joinReqType the request answered
 * @param payload the join-accept, in plain text
 * @param region the device's region
 * @param uplink the request as received (gateways, tx-info, timing context)
 * @param uplinkDr the request's data rate
 */
public record JoinAcceptRequest(
    Eui64 devEui,
    MacVersion macVersion,
    DeviceKeys keys,
    Eui64 joinEui,
    int devNonce,
    JoinRequestType joinReqType,
    JoinAcceptPayload payload,
    Region region,
    UplinkFrameSet uplink,
    int uplinkDr) {

  public JoinAcceptRequest {
    Objects.requireNonNull(devEui, "devEui");
    Objects.requireNonNull(macVersion, "macVersion");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(joinEui, "joinEui");
    Objects.requireNonNull(joinReqType, "joinReqType");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(uplink, "uplink");
  }
}
