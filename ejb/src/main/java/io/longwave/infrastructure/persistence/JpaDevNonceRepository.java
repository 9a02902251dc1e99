package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DevNonceRepository;
import io.longwave.lorawan.Eui64;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@link DevNonceRepository} on JPA, table {@code device_nonce}.
 *
 * <p>{@link #use} is atomic across instances without ever failing a statement, so the caller's
 * transaction stays usable: it first locks the device's row ({@code select ... for update}), which
 * serialises the joins of one device, then inserts the nonce only if it is not there ({@code insert
 * ... select ... where not exists}) and reports whether a row was inserted. A second caller with
 * the same nonce waits for the first transaction: after its commit the insert finds the row and
 * inserts nothing; after its rollback the nonce is free again. The unique constraint on the table
 * stays as the last guard. Both statements are plain SQL that PostgreSQL and H2 run alike; {@code
 * on conflict do nothing} would need PostgreSQL, and a {@code REQUIRES_NEW} insert that relies on
 * the constraint would keep a nonce used even when the join that used it is rolled back. The nonce
 * therefore commits or rolls back with the caller's join.
 */
@Stateless
public class JpaDevNonceRepository implements DevNonceRepository {

  /** The request type of a join-request (LoRaWAN 1.1 §6.2.5 JoinReqType). */
  private static final int JOIN_REQUEST = 0xff;

  private static final String LOCK_DEVICE =
      "select dev_eui from device where dev_eui = ? for update";

  private static final String INSERT_IF_UNUSED =
      "insert into device_nonce (dev_eui, join_eui, dev_nonce, join_request_type, created_at)"
          + " select ?, ?, ?, ?, ? from device where dev_eui = ? and not exists"
          + " (select 1 from device_nonce where dev_eui = ? and join_eui = ? and dev_nonce = ?"
          + " and join_request_type = ?)";

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaDevNonceRepository() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDevNonceRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when the device is not stored
   */
  @Override
  public boolean use(Eui64 devEui, Eui64 joinEui, int devNonce, int joinRequestType) {
    String dev = devEui.toString();
    String join = joinEui.toString();
    if (em.createNativeQuery(LOCK_DEVICE).setParameter(1, dev).getResultList().isEmpty()) {
      throw new IllegalStateException("no device " + dev + " to record a DevNonce for");
    }
    int inserted =
        em.createNativeQuery(INSERT_IF_UNUSED)
            .setParameter(1, dev)
            .setParameter(2, join)
            .setParameter(3, devNonce)
            .setParameter(4, joinRequestType)
            .setParameter(5, Instant.now().atOffset(ZoneOffset.UTC))
            .setParameter(6, dev)
            .setParameter(7, dev)
            .setParameter(8, join)
            .setParameter(9, devNonce)
            .setParameter(10, joinRequestType)
            .executeUpdate();
    return inserted == 1;
  }

  @Override
  public int highest(Eui64 devEui, Eui64 joinEui) {
    Integer max =
        em.createQuery(
                "select max(n.devNonce) from DevNonceEntity n where n.devEui = :dev"
                    + " and n.joinEui = :join and n.joinRequestType = :type",
                Integer.class)
            .setParameter("dev", devEui.toString())
            .setParameter("join", joinEui.toString())
            .setParameter("type", JOIN_REQUEST)
            .getSingleResult();
    return max == null ? -1 : max;
  }

  @Override
  public void flush(Eui64 devEui) {
    em.createQuery("delete from DevNonceEntity n where n.devEui = :dev")
        .setParameter("dev", devEui.toString())
        .executeUpdate();
  }
}
