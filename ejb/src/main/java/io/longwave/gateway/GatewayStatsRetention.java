package io.longwave.gateway;

import io.longwave.domain.gateway.GatewayRepository;
import io.longwave.infrastructure.config.Durations;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Deletes gateway statistics older than {@code longwave.gateway.stats-retention} every hour. */
@Singleton
public class GatewayStatsRetention {

  private static final Logger LOG = System.getLogger(GatewayStatsRetention.class.getName());

  @EJB private GatewayRepository gateways;

  @Inject
  @ConfigProperty(name = "longwave.gateway.stats-retention", defaultValue = "30d")
  private String retention;

  @Schedule(hour = "*", minute = "17", persistent = false)
  void purge() {
    Instant before = Instant.now().minus(Durations.parse("longwave.gateway.stats-retention", retention));
    int n = gateways.purgeStatsBefore(before);
    if (n > 0) {
      LOG.log(Level.INFO, "deleted {0} gateway statistics reports older than {1}", n, before);
    }
  }
}
