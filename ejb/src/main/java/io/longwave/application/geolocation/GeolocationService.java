package io.longwave.application.geolocation;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.domain.device.CachedDeviceProfiles;
import io.longwave.domain.device.DeviceLocationRepository;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.gateway.Gateway;
import io.longwave.domain.gateway.GatewayRepository;
import io.longwave.geolocation.GeoPoint;
import io.longwave.geolocation.GeolocationResolver;
import io.longwave.geolocation.GeolocationSettings;
import io.longwave.lorawan.Eui64;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Feeds every de-duplicated data uplink to the {@link DeviceGeolocationFlow}, off the uplink
 * path (the application event bus fires them asynchronously), and counts the outcomes ({@code
 * longwave_geolocation_uplinks_total{outcome, reason}}). A failure is logged and counted, never
 * passed on.
 */
@ApplicationScoped
public class GeolocationService {

  private static final Logger LOG = System.getLogger(GeolocationService.class.getName());

  @EJB private DeviceRepository devices;
  @EJB private DeviceProfileRepository profiles;
  @EJB private DeviceLocationRepository locations;
  @EJB private GatewayRepository gatewayRepository;
  @Inject private ApplicationEvents events;
  @Inject private MetricRegistry metrics;

  private DeviceGeolocationFlow flow;

  @PostConstruct
  void init() {
    GeolocationSettings settings =
        GeolocationConfiguration.read(
            key -> ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null));
    flow =
        new DeviceGeolocationFlow(devices,
            new CachedDeviceProfiles(profiles, Clock.systemUTC(), CachedDeviceProfiles.DEFAULT_TTL),
            this::registeredLocation, locations, events,
            new GeolocationResolver(settings), Clock.systemUTC());
  }

  /** A data uplink, from the application event bus. */
  public void uplinkReceived(@ObservesAsync DataUplinkEvent uplink) {
    try {
      GeolocationOutcome o = flow.handle(uplink);
      if (o.kind() != GeolocationOutcome.Kind.DISABLED
          && o.kind() != GeolocationOutcome.Kind.UNKNOWN_DEVICE) {
        count(o.kind().name(), o.reason() == null ? "none" : o.reason().name());
      }
    } catch (RuntimeException e) {
      count("ERROR", "none");
      LOG.log(Level.WARNING, "locating device " + uplink.devEui() + " failed", e);
    }
  }

  private Optional<GeoPoint> registeredLocation(GatewayId gatewayId) {
    Gateway g = gatewayRepository.find(new Eui64(gatewayId.value())).orElse(null);
    if (g == null || g.latitude() == null || g.longitude() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(UplinkObservations.position(new GatewayLocation(g.latitude(),
        g.longitude(), g.altitude() == null ? 0 : g.altitude(), LocationSource.CONFIG)));
  }

  private void count(String outcome, String reason) {
    metrics.counter("longwave.geolocation.uplinks",
        new Tag("outcome", outcome.toLowerCase(Locale.ROOT)),
        new Tag("reason", reason.toLowerCase(Locale.ROOT))).inc();
  }
}
