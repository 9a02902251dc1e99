package io.longwave.infrastructure.persistence;

import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.InMemoryDownlinkContextRepository;
import io.longwave.downlink.SharedDownlinkContexts;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link SharedDownlinkContexts} on JPA, table {@code downlink_context}. A context is kept for
 * {@link InMemoryDownlinkContextRepository#DEFAULT_TTL}, as in memory. {@link #take} reads the
 * newest row of the downlink id and deletes the id's rows; the delete's row count decides which
 * of two concurrent takers gets it. A downlink id that repeats (ids are random 32-bit values)
 * never fails an insert; the newer context is the one found, as in memory.
 * Every call is one transaction (one statement, two for {@code take}).
 */
@Stateless
public class JpaDownlinkContextStore implements SharedDownlinkContexts {

  private static final String FIND =
      "select c from DownlinkContextEntity c where c.downlinkId = :id and c.expiresAt > :now"
          + " order by c.createdAt desc";
  private static final String DELETE =
      "delete from DownlinkContextEntity c where c.downlinkId = :id";

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  private Clock clock = Clock.systemUTC();
  private Duration ttl = InMemoryDownlinkContextRepository.DEFAULT_TTL;

  public JpaDownlinkContextStore() {}

  /** Outside the container, on the caller's entity manager and transaction. */
  JpaDownlinkContextStore(EntityManager em, Clock clock, Duration ttl) {
    this.em = em;
    this.clock = clock;
    this.ttl = ttl;
  }

  @Override
  public void save(DownlinkContext context) {
    em.persist(new DownlinkContextEntity(context, clock.instant().plus(ttl)));
    em.flush();
  }

  @Override
  public Optional<DownlinkContext> find(long downlinkId) {
    List<DownlinkContextEntity> rows = em.createQuery(FIND, DownlinkContextEntity.class)
        .setParameter("id", downlinkId)
        .setParameter("now", clock.instant())
        .setMaxResults(1)
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    em.detach(rows.get(0));
    return Optional.of(rows.get(0).toDomain());
  }

  @Override
  public Optional<DownlinkContext> take(long downlinkId) {
    Optional<DownlinkContext> context = find(downlinkId);
    if (context.isEmpty() || !remove(downlinkId)) {
      return Optional.empty();
    }
    return context;
  }

  @Override
  public boolean remove(long downlinkId) {
    return em.createQuery(DELETE).setParameter("id", downlinkId).executeUpdate() > 0;
  }

  /** Uses the index {@code downlink_context_expires}. */
  @Override
  public int deleteExpired(Instant now) {
    return em.createQuery("delete from DownlinkContextEntity c where c.expiresAt <= :now")
        .setParameter("now", now)
        .executeUpdate();
  }
}
