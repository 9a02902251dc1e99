package io.longwave.infrastructure.persistence;

import io.longwave.application.directory.CachingGatewayNames;
import io.longwave.application.directory.GatewayNames;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.infrastructure.config.Durations;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link GatewayNames} from table {@code gateway} (name, and latitude, longitude and altitude as
 * a {@link LocationSource#CONFIG} location), cached for {@code
 * longwave.application.directory-cache-ttl} (default 10 s).
 */
@ApplicationScoped
public class JpaGatewayNames implements GatewayNames {

  private static final String NAME = "select name from gateway where gateway_id = ?1";
  private static final String LOCATION =
      "select latitude, longitude, altitude from gateway where gateway_id = ?1";
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
    GatewayNames table = new GatewayNames() {
      @Override
      public String nameOf(GatewayId gatewayId) {
        return query(gatewayId);
      }

      @Override
      public Optional<GatewayLocation> locationOf(GatewayId gatewayId) {
        return queryLocation(gatewayId);
      }
    };
    cache = new CachingGatewayNames(table,
        Durations.parse("longwave.application.directory-cache-ttl", cacheTtl), CACHE_CAPACITY,
        Clock.systemUTC());
  }

  @Override
  public String nameOf(GatewayId gatewayId) {
    return cache == null ? query(gatewayId) : cache.nameOf(gatewayId);
  }

  @Override
  public Optional<GatewayLocation> locationOf(GatewayId gatewayId) {
    return cache == null ? queryLocation(gatewayId) : cache.locationOf(gatewayId);
  }

  String query(GatewayId gatewayId) {
    List<?> rows =
        em.createNativeQuery(NAME).setParameter(1, gatewayId.toString()).getResultList();
    return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0).toString();
  }

  Optional<GatewayLocation> queryLocation(GatewayId gatewayId) {
    List<?> rows =
        em.createNativeQuery(LOCATION).setParameter(1, gatewayId.toString()).getResultList();
    if (rows.isEmpty() || !(rows.get(0) instanceof Object[] row)
        || row[0] == null || row[1] == null) {
      return Optional.empty();
    }
    double altitude = row[2] == null ? 0 : ((Number) row[2]).doubleValue();
    return Optional.of(new GatewayLocation(((Number) row[0]).doubleValue(),
        ((Number) row[1]).doubleValue(), altitude, LocationSource.CONFIG));
  }
}
