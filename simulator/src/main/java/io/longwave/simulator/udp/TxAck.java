package io.longwave.simulator.udp;

import io.longwave.lorawan.Eui64;

/**
 * A decoded TX_ACK (PROTOCOL.TXT §5.5, identifier 0x05, version 2): the gateway's answer to a
 * PULL_RESP, with the PULL_RESP's token and the {@code txpk_ack.error} code.
 *
 * @param token the token of the PULL_RESP answered
 * @param gatewayEui the gateway's EUI
 * @param error {@code NONE} when the packet was programmed, else the error code
 */
public record TxAck(int token, Eui64 gatewayEui, String error) {

  /** The error code of a packet programmed for transmission. */
  public static final String NONE = "NONE";

  /** True when the gateway programmed the packet (no JSON, or error NONE). */
  public boolean ok() {
    return NONE.equals(error);
  }
}
