package io.longwave.simulator.udp;

/**
 * A decoded PULL_RESP (PROTOCOL.TXT §5.4, identifier 0x03): one packet to transmit. In version 2
 * the token is random and the TX_ACK echoes it.
 *
 * @param version protocol version, 1 or 2
 * @param token the token for the TX_ACK
 * @param txpk the packet to transmit
 */
public record PullResponse(int version, int token, TxPacket txpk) {}
