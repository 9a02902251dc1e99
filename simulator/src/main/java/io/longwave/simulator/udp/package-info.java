/**
 * The Semtech UDP packet-forwarder protocol version 2 (PROTOCOL.TXT) as a gateway speaks it: the
 * datagram layouts (PUSH_DATA, PULL_DATA, TX_ACK up; PUSH_ACK, PULL_ACK, PULL_RESP down), the
 * fixed JSON shapes {@code rxpk}, {@code stat}, {@code txpk} and {@code txpk_ack}, and a small
 * JSON reader and writer for them. Both directions are encoded and decoded, so tests can play the
 * network server. Stateless; every decode of malformed bytes throws {@link
 * io.longwave.simulator.udp.PacketFormatException} with a readable reason.
 */
package io.longwave.simulator.udp;
