package io.longwave.infrastructure.persistence;

import io.longwave.application.directory.CachingGatewayNames;
import io.longwave.application.directory.GatewayNames;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.infrastructure.config.Durations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link GatewayNames} from table {@code gateway}, cached for {@code
 * longwave.application.directory-cache-ttl} (default 10 s).
 */
@ApplicationScoped
public class JpaGatewayNames implements GatewayNames {

  private static final String NAME = "select name from gateway where gateway_id = ?1";
  private static final int CACHE_CAPACITY = 100_000;

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "longwave.application.directory-cache-ttl", defaultValue = "10s")
  private String cacheTtl;

  private CachingGatewayNames cache;

  public JpaGatewayNames() {}

  /** Outside the container, on the caller's entity manager, without a cache. */
  JpaGatewayNames(EntityManager em) {
    this.em = em;
  }

  @PostConstruct
  void init() {
    cache = new CachingGatewayNames(this::query,
        Durations.parse("longwave.application.directory-cache-ttl", cacheTtl), CACHE_CAPACITY,
        Clock.systemUTC());
  }

  @Override
  public String nameOf(GatewayId gatewayId) {
    return cache == null ? query(gatewayId) : cache.nameOf(gatewayId);
  }

  String query(GatewayId gatewayId) {
    List<?> rows =
        em.createNativeQuery(NAME).setParameter(1, gatewayId.toString()).getResultList();
    return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0).toString();
  }
}
