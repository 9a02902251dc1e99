package io.longwave.simulator.gateway;

import io.longwave.simulator.udp.TxPacket;

/**
 * Receives the packets the network server asks a simulated gateway to transmit (PULL_RESP txpk,
 * PROTOCOL.TXT §6), to hand them to the simulated devices in range. Called on the gateway's
 * receive thread, after the TX_ACK has gone out; implementations must be thread-safe, as several
 * gateways call them at once, and should return quickly.
 */
@FunctionalInterface
public interface DownlinkListener {

  /**
   * One packet to transmit.
   *
   * @param gateway the gateway that received it
   * @param txpk the packet
   * @param receivedNanos {@link System#nanoTime()} when the PULL_RESP arrived
   */
  void onDownlink(SimulatedGateway gateway, TxPacket txpk, long receivedNanos);
}
