package io.longwave.simulator.udp;

import io.longwave.lorawan.Eui64;
import java.util.List;

/**
 * A decoded PUSH_DATA (PROTOCOL.TXT §3.2, identifier 0x00): received packets and an optional
 * status report from one gateway.
 *
 * @param version protocol version, 1 or 2
 * @param token the random token the PUSH_ACK echoes
 * @param gatewayEui the gateway's EUI
 * @param rxpk received packets, maybe none
 * @param stat the status report, or null
 */
public record PushData(
    int version, int token, Eui64 gatewayEui, List<RxPacket> rxpk, GatewayStatus stat) {

  public PushData {
    rxpk = List.copyOf(rxpk);
  }
}
