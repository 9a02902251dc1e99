package io.longwave.testing;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory session repository whose first {@code parties} lookups by DevAddr wait for each
 * other, so that concurrent flows all read the same version before any of them saves: the race
 * of two copies of one uplink, made certain.
 */
public final class InterleavingDeviceSessionRepository implements DeviceSessionRepository {

  private final InMemoryDeviceSessionRepository store = new InMemoryDeviceSessionRepository();
  private final CyclicBarrier barrier;
  private final int parties;
  private final AtomicInteger lookups = new AtomicInteger();

  public InterleavingDeviceSessionRepository(int parties) {
    this.parties = parties;
    this.barrier = new CyclicBarrier(parties);
  }

  @Override
  public Optional<DeviceSession> find(Eui64 devEui) {
    return store.find(devEui);
  }

  @Override
  public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
    List<DeviceSession> found = store.findByDevAddr(devAddr);
    if (lookups.incrementAndGet() <= parties) {
      try {
        barrier.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the concurrent lookups did not meet", e);
      }
    }
    return found;
  }

  @Override
  public void save(DeviceSession session) {
    store.save(session);
  }

  @Override
  public DeviceSession activatePendingRejoin(DeviceSession session) {
    return store.activatePendingRejoin(session);
  }

  @Override
  public void delete(Eui64 devEui) {
    store.delete(devEui);
  }
}
