package io.longwave.session;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Optional;

/**
 * Stores device sessions. Every session returned is a copy the caller may change; {@link #save}
 * writes it only if nobody saved the same session since it was read, and then increments its
 * version. Threading: implementations are thread-safe.
 */
public interface DeviceSessionRepository {

  Optional<DeviceSession> find(Eui64 devEui);

  /**
   * The sessions using an address: usually one; several after address reuse or a rejoin. A
   * session whose pending rejoin session uses the address is among them.
   */
  List<DeviceSession> findByDevAddr(DevAddr devAddr);

  /**
   * Creates (version 0 not yet stored) or updates the session.
   *
   * @throws ConcurrentSessionUpdateException when it was saved by someone else since it was read
   */
  void save(DeviceSession session);

  /**
   * Makes the session's pending rejoin session the device's session (LoRaWAN 1.1 §6.2.4), if
   * nobody saved the session since it was read.
   *
   * @return the activated session, at its stored version
   * @throws ConcurrentSessionUpdateException when it was saved by someone else since it was read
   * @throws IllegalStateException when the session has no pending rejoin session
   */
  DeviceSession activatePendingRejoin(DeviceSession session);

  void delete(Eui64 devEui);

  /**
   * Forgets what this repository keeps in memory about the sessions using the address, so that
   * the next {@link #findByDevAddr} reads the store; a repository that keeps nothing ignores it.
   *
   * @return whether anything about the address was kept, so a look-up may now give another answer
   */
  default boolean forget(DevAddr devAddr) {
    return false;
  }
}
