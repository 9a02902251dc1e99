package io.longwave.infrastructure.persistence;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link DeviceSessionRepository} on JPA, table {@code device_session}.
 *
 * <p>{@link #save} is optimistic and takes one statement for an update: {@code update ... set
 * ..., version = version + 1 where dev_eui = ? and version = ? and f_nwk_s_int_key = ?}; no row
 * updated means someone saved first (or the session was replaced by a new join, whose keys
 * differ), and gives {@link ConcurrentSessionUpdateException}. A session at version 0 is new: the
 * device's row is locked ({@code select ... for update}, which serialises activations of one
 * device), and the session is inserted only if the device has none, so a concurrent insert gives
 * the same exception rather than a failed statement. A rejoin therefore deletes the old session
 * before saving the new one. Rows read are detached at once, so the bulk update never leaves a
 * stale copy in the persistence context.
 */
@Stateless
public class JpaDeviceSessionRepository implements DeviceSessionRepository {

  private static final String UPDATE =
      "update DeviceSessionEntity s set s.fCntUp = :fCntUp, s.nFCntDown = :nFCntDown,"
          + " s.aFCntDown = :aFCntDown, s.confFCnt = :confFCnt, s.deviceClass = :deviceClass,"
          + " s.macState = :macState, s.updatedAt = :updatedAt, s.version = s.version + 1,"
          + " s.pendingDevAddr = :pendingDevAddr, s.pendingSession = :pendingSession"
          + " where s.devEui = :devEui and s.version = :version and s.fNwkSIntKey = :key";

  private static final String ACTIVATE =
      "update DeviceSessionEntity s set s.devAddr = :devAddr, s.macVersion = :macVersion,"
          + " s.region = :region, s.fNwkSIntKey = :fNwkSIntKey, s.sNwkSIntKey = :sNwkSIntKey,"
          + " s.nwkSEncKey = :nwkSEncKey, s.appSKey = :appSKey, s.fCntUp = :fCntUp,"
          + " s.nFCntDown = :nFCntDown, s.aFCntDown = :aFCntDown, s.confFCnt = :confFCnt,"
          + " s.deviceClass = :deviceClass, s.macState = :macState,"
          + " s.activatedAt = :activatedAt, s.updatedAt = :updatedAt,"
          + " s.pendingDevAddr = null, s.pendingSession = null, s.version = s.version + 1"
          + " where s.devEui = :devEui and s.version = :version and s.fNwkSIntKey = :key";

  private static final String LOCK_DEVICE =
      "select dev_eui from device where dev_eui = ? for update";

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaDeviceSessionRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDeviceSessionRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<DeviceSession> find(Eui64 devEui) {
    DeviceSessionEntity row = em.find(DeviceSessionEntity.class, devEui.toString());
    if (row == null) {
      return Optional.empty();
    }
    em.detach(row);
    return Optional.of(row.toDomain());
  }

  /** Uses the indexes {@code device_session_dev_addr} and {@code ..._pending_dev_addr}. */
  @Override
  public List<DeviceSession> findByDevAddr(DevAddr devAddr) {
    List<DeviceSessionEntity> rows =
        em.createQuery(
                "select s from DeviceSessionEntity s where s.devAddr = :devAddr"
                    + " or s.pendingDevAddr = :devAddr",
                DeviceSessionEntity.class)
            .setParameter("devAddr", devAddr.toString())
            .getResultList();
    List<DeviceSession> sessions = new ArrayList<>(rows.size());
    for (DeviceSessionEntity row : rows) {
      em.detach(row);
      sessions.add(row.toDomain());
    }
    return sessions;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when a new session's device is not stored
   */
  @Override
  public void save(DeviceSession session) {
    long read = session.version();
    Instant now = Instant.now();
    if (read == 0) {
      insert(session, now);
    } else {
      int updated =
          em.createQuery(UPDATE)
              .setParameter("fCntUp", session.fCntUp())
              .setParameter("nFCntDown", session.nFCntDown())
              .setParameter("aFCntDown", session.aFCntDown())
              .setParameter("confFCnt", session.confFCnt())
              .setParameter("deviceClass", session.deviceClass().name())
              .setParameter("macState", SessionStateJson.write(session))
              .setParameter("updatedAt", now)
              .setParameter("pendingDevAddr", DeviceSessionEntity.pendingDevAddr(session))
              .setParameter("pendingSession", DeviceSessionEntity.pendingSession(session))
              .setParameter("devEui", session.devEui().toString())
              .setParameter("version", read)
              .setParameter("key", session.fNwkSIntKey().toHex())
              .executeUpdate();
      if (updated == 0) {
        throw new ConcurrentSessionUpdateException(session.devEui(), read);
      }
    }
    session.version(read + 1);
  }

  private void insert(DeviceSession session, Instant now) {
    String devEui = session.devEui().toString();
    if (em.createNativeQuery(LOCK_DEVICE).setParameter(1, devEui).getResultList().isEmpty()) {
      throw new IllegalStateException("no device " + devEui + " for a session");
    }
    long existing =
        em.createQuery(
                "select count(s) from DeviceSessionEntity s where s.devEui = :devEui", Long.class)
            .setParameter("devEui", devEui)
            .getSingleResult();
    if (existing > 0) {
      throw new ConcurrentSessionUpdateException(session.devEui(), 0);
    }
    DeviceSessionEntity row = new DeviceSessionEntity(session, 1, now);
    em.persist(row);
    em.flush();
    em.detach(row);
  }

  /** One statement, as {@link #save}, that also replaces the address and keys. */
  @Override
  public DeviceSession activatePendingRejoin(DeviceSession session) {
    DeviceSession next = session.activatedPendingRejoin();
    int updated =
        em.createQuery(ACTIVATE)
            .setParameter("devAddr", next.devAddr().toString())
            .setParameter("macVersion", next.macVersion().text())
            .setParameter("region", next.region().name())
            .setParameter("fNwkSIntKey", next.fNwkSIntKey().toHex())
            .setParameter("sNwkSIntKey", next.sNwkSIntKey().toHex())
            .setParameter("nwkSEncKey", next.nwkSEncKey().toHex())
            .setParameter("appSKey", next.appSKey().toHex())
            .setParameter("fCntUp", next.fCntUp())
            .setParameter("nFCntDown", next.nFCntDown())
            .setParameter("aFCntDown", next.aFCntDown())
            .setParameter("confFCnt", next.confFCnt())
            .setParameter("deviceClass", next.deviceClass().name())
            .setParameter("macState", SessionStateJson.write(next))
            .setParameter("activatedAt", next.activatedAt())
            .setParameter("updatedAt", Instant.now())
            .setParameter("devEui", session.devEui().toString())
            .setParameter("version", session.version())
            .setParameter("key", session.fNwkSIntKey().toHex())
            .executeUpdate();
    if (updated == 0) {
      throw new ConcurrentSessionUpdateException(session.devEui(), session.version());
    }
    return next;
  }

  @Override
  public void delete(Eui64 devEui) {
    em.createQuery("delete from DeviceSessionEntity s where s.devEui = :devEui")
        .setParameter("devEui", devEui.toString())
        .executeUpdate();
  }
}
