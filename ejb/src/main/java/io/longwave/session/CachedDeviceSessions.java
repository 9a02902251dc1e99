package io.longwave.session;

import io.longwave.infrastructure.memory.ExpiringStore;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Device sessions kept in memory in front of their store, so that an uplink finds its session
 * without a query (ChirpStack keeps its sessions in Redis for the same reason). Every read of the
 * store and every save through this repository is kept, per device and per DevAddr, for a time
 * to live and up to a maximum number of sessions.
 *
 * <p>A kept session may be stale: another instance on the same database, or the application
 * side (an ABP activation), may have saved the device's session since. That is safe for a flow
 * that ends in {@link #save}, because the store's save is versioned: a save of a stale copy
 * fails with {@link ConcurrentSessionUpdateException}, which also forgets the device here, so the
 * flow's next read comes from the store. A flow that decides against a frame on a kept session
 * (unknown address, MIC, frame counter) should {@link #forget(DevAddr)} and look once more
 * before it drops it; the data uplink flow does.
 *
 * <p>Threading: thread-safe. Every session returned is the caller's own copy.
 */
public final class CachedDeviceSessions implements DeviceSessionRepository {

  /** How long a session is kept after it was read or saved, by default. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(10);

  /** How many sessions are kept at most, by default. */
  public static final int DEFAULT_MAX_SESSIONS = 50_000;

  private final DeviceSessionRepository store;
  private final ExpiringStore<Eui64, DeviceSession> byDevEui;
  private final ExpiringStore<DevAddr, List<Eui64>> byDevAddr;

  public CachedDeviceSessions(
      DeviceSessionRepository store, Clock clock, Duration ttl, int maxSessions) {
    this.store = Objects.requireNonNull(store, "store");
    this.byDevEui = new ExpiringStore<>(clock, ttl, maxSessions);
    this.byDevAddr = new ExpiringStore<>(clock, ttl, maxSessions);
  }

  @Override
  public Optional<DeviceSession> find(Eui64 devEui) {
    return byDevEui.getOrLoad(devEui, store::find).map(DeviceSession::copy);
  }

  /**
   * The kept sessions of the address when every device last read with it is still kept and
   * still uses it; otherwise the store's, which are then kept. An address no session uses is kept
   * as such too, until a session saved here takes it or the caller forgets it (the data uplink
   * flow does before it drops a frame of an unknown address, so such a frame still costs a query).
   */
  @Override
  public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
    Optional<List<Eui64>> owners = byDevAddr.get(devAddr);
    if (owners.isPresent()) {
      List<DeviceSession> kept = kept(owners.get(), devAddr);
      if (kept != null) {
        return kept;
      }
    }
    List<DeviceSession> read = store.findByDevAddr(devAddr);
    List<Eui64> devEuis = new ArrayList<>(read.size());
    List<DeviceSession> copies = new ArrayList<>(read.size());
    for (DeviceSession s : read) {
      devEuis.add(s.devEui());
      byDevEui.put(s.devEui(), s);
      copies.add(s.copy());
    }
    byDevAddr.put(devAddr, List.copyOf(devEuis));
    return copies;
  }

  private List<DeviceSession> kept(List<Eui64> devEuis, DevAddr devAddr) {
    List<DeviceSession> copies = new ArrayList<>(devEuis.size());
    for (Eui64 devEui : devEuis) {
      Optional<DeviceSession> s = byDevEui.get(devEui);
      if (s.isEmpty() || !uses(s.get(), devAddr)) {
        return null;
      }
      copies.add(s.get().copy());
    }
    return copies;
  }

  private static boolean uses(DeviceSession s, DevAddr devAddr) {
    return s.devAddr().equals(devAddr)
        || (s.pendingRejoin() != null && s.pendingRejoin().devAddr().equals(devAddr));
  }

  @Override
  public void save(DeviceSession session) {
    try {
      store.save(session);
    } catch (RuntimeException e) {
      forget(session.devEui());
      throw e;
    }
    keep(session.copy());
  }

  @Override
  public DeviceSession activatePendingRejoin(DeviceSession session) {
    DeviceSession next;
    try {
      next = store.activatePendingRejoin(session);
    } catch (RuntimeException e) {
      forget(session.devEui());
      throw e;
    }
    keep(next.copy());
    return next;
  }

  @Override
  public void delete(Eui64 devEui) {
    forget(devEui);
    store.delete(devEui);
    forget(devEui);
  }

  /**
   * Forgets the address and the sessions last read with it: the next look-up reads the store.
   *
   * @return whether anything about the address was kept
   */
  @Override
  public boolean forget(DevAddr devAddr) {
    Optional<List<Eui64>> owners = byDevAddr.take(devAddr);
    owners.ifPresent(devEuis -> devEuis.forEach(byDevEui::take));
    return owners.isPresent();
  }

  private void forget(Eui64 devEui) {
    byDevEui.take(devEui);
  }

  /**
   * Keeps a saved session; an address it uses that is kept without it is forgotten, so that the
   * next look-up of the address reads the store (a join that took an address in use before).
   */
  private void keep(DeviceSession saved) {
    byDevEui.put(saved.devEui(), saved);
    forgetUnlessListed(saved.devAddr(), saved.devEui());
    if (saved.pendingRejoin() != null) {
      forgetUnlessListed(saved.pendingRejoin().devAddr(), saved.devEui());
    }
  }

  private void forgetUnlessListed(DevAddr devAddr, Eui64 devEui) {
    Optional<List<Eui64>> owners = byDevAddr.get(devAddr);
    if (owners.isPresent() && !owners.get().contains(devEui)) {
      byDevAddr.take(devAddr);
    }
  }
}
