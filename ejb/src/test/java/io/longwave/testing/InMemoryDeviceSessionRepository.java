package io.longwave.testing;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Device sessions in a map, with the same version check as the database. */
public final class InMemoryDeviceSessionRepository implements DeviceSessionRepository {

  private final ConcurrentHashMap<Eui64, DeviceSession> sessions = new ConcurrentHashMap<>();

  @Override
  public Optional<DeviceSession> find(Eui64 devEui) {
    DeviceSession s = sessions.get(devEui);
    return s == null ? Optional.empty() : Optional.of(s.copy());
  }

  @Override
  public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
    List<DeviceSession> found = new ArrayList<>();
    for (DeviceSession s : sessions.values()) {
      if (s.devAddr().equals(devAddr)
          || (s.pendingRejoin() != null && s.pendingRejoin().devAddr().equals(devAddr))) {
        found.add(s.copy());
      }
    }
    return found;
  }

  @Override
  public void save(DeviceSession session) {
    long read = session.version();
    sessions.compute(
        session.devEui(),
        (eui, stored) -> {
          if (stored != null && stored.version() != read) {
            throw new ConcurrentSessionUpdateException(eui, read);
          }
          DeviceSession kept = session.copy();
          kept.version(read + 1);
          return kept;
        });
    session.version(read + 1);
  }

  @Override
  public DeviceSession activatePendingRejoin(DeviceSession session) {
    DeviceSession activated = session.activatedPendingRejoin();
    long read = session.version();
    sessions.compute(
        session.devEui(),
        (eui, stored) -> {
          if (stored == null || stored.version() != read) {
            throw new ConcurrentSessionUpdateException(eui, read);
          }
          return activated.copy();
        });
    return activated;
  }

  @Override
  public void delete(Eui64 devEui) {
    sessions.remove(devEui);
  }
}
