package io.longwave.infrastructure.persistence;

import io.longwave.application.management.ApplicationDirectory;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** {@link ApplicationDirectory} by a query on {@code application}. */
@Stateless
public class JpaApplicationDirectory implements ApplicationDirectory {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Override
  public Optional<Long> organizationOf(long applicationId) {
    return em.createNativeQuery("select organization_id from application where id = ?1")
        .setParameter(1, applicationId)
        .getResultStream()
        .findFirst()
        .map(v -> ((Number) v).longValue());
  }
}
