/**
 * Simulated packet forwarders: each {@code SimulatedGateway} has its own UDP socket to the
 * network server, sends PULL_DATA keep-alives and {@code stat} reports, forwards uplinks in
 * PUSH_DATA with rxpk metadata from its own microsecond counter, matches PUSH_ACK and PULL_ACK
 * tokens, and answers every PULL_RESP with a TX_ACK before handing the txpk to a {@code
 * DownlinkListener}.
 */
package io.longwave.simulator.gateway;
