package io.longwave.uplink.join;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.NetId;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Allocates device addresses for joins (LoRaWAN 1.0.4 §6.1.1, Backend Interfaces 1.0 §13): the
 * type prefix and NwkID of the network's NetID, with random NwkAddr bits, as ChirpStack's {@code
 * get_random_dev_addr} does. Addresses are not checked for uniqueness: a device is found by its
 * address and then by the MIC, so two devices may share one.
 *
 * <p>Threading: thread-safe when the random generator is.
 */
public final class DevAddrAllocator {

  private final NetId netId;
  private final RandomGenerator random;

  public DevAddrAllocator(NetId netId, RandomGenerator random) {
    this.netId = Objects.requireNonNull(netId, "netId");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** A new address of the network. */
  public DevAddr allocate() {
    return DevAddr.of(netId, random.nextInt());
  }

  /** The NetID addresses are allocated under. */
  public NetId netId() {
    return netId;
  }
}
