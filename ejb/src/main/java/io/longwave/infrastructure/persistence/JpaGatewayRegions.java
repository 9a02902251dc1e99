package io.longwave.infrastructure.persistence;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.gateway.GatewayRegions;
import io.longwave.lorawan.region.RegionId;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;

/** {@link GatewayRegions} from the {@code gateway.region} column. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JpaGatewayRegions implements GatewayRegions {

  private static final Logger LOG = System.getLogger(JpaGatewayRegions.class.getName());

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaGatewayRegions() {}

  /** Outside the container, over a given entity manager. */
  JpaGatewayRegions(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<RegionId> regionOf(GatewayId gateway) {
    List<?> rows =
        em.createNativeQuery("select region from gateway where gateway_id = ?")
            .setParameter(1, gateway.toString())
            .getResultList();
    if (rows.isEmpty() || rows.get(0) == null || rows.get(0).toString().isBlank()) {
      return Optional.empty();
    }
    return parse(gateway, rows.get(0).toString());
  }

  private static Optional<RegionId> parse(GatewayId gateway, String v) {
    try {
      return Optional.of(RegionId.parse(v));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "gateway {0} has an unknown region {1}; it serves every region",
          gateway, v);
      return Optional.empty();
    }
  }
}
