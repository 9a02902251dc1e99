package io.longwave.application.geolocation;

import io.longwave.application.event.ApplicationEvents;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.geolocation.GeolocationOutcome.Kind;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceLocationRepository;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.geolocation.GeolocationBuffer;
import io.longwave.geolocation.GeolocationResolver;
import io.longwave.geolocation.LocationMethod;
import io.longwave.geolocation.LocationResult;
import io.longwave.geolocation.UplinkObservation;
import io.longwave.infrastructure.memory.ExpiringStore;
import io.longwave.lorawan.Eui64;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Locates a device from a de-duplicated data uplink, in order: find the device's profile; stop
 * unless it enables geolocation; observe the receptions (gateway positions from the rx-info or
 * the registered gateway); buffer them as the profile says; solve the buffered uplinks; store the
 * location; announce it. Thread-safe: uplinks of different devices run in parallel, the buffer
 * of one device is updated atomically.
 *
 * <p>Every uplink of every device comes here, most of them from devices whose profile does not
 * enable geolocation, so the device's profile id is remembered for {@link #PROFILE_OF_DEVICE_TTL}
 * (give the flow a caching profile repository too): a device moved to another profile is seen
 * within that time.
 */
public final class DeviceGeolocationFlow {

  private static final Logger LOG = System.getLogger(DeviceGeolocationFlow.class.getName());
  /** Expired buffers are purged once every this many uplinks. */
  private static final int PURGE_EVERY = 256;
  /** How long the profile id of a device is remembered. */
  public static final Duration PROFILE_OF_DEVICE_TTL = Duration.ofSeconds(10);

  private final DeviceRepository devices;
  private final DeviceProfileRepository profiles;
  private final RegisteredGatewayLocations gateways;
  private final DeviceLocationRepository locations;
  private final ApplicationEvents events;
  private final GeolocationResolver resolver;
  private final GeolocationBuffer<Eui64> buffer = new GeolocationBuffer<>();
  private final AtomicLong handled = new AtomicLong();
  private final Clock clock;
  private final ExpiringStore<Eui64, UUID> profileOfDevice;

  public DeviceGeolocationFlow(
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      RegisteredGatewayLocations gateways,
      DeviceLocationRepository locations,
      ApplicationEvents events,
      GeolocationResolver resolver,
      Clock clock) {
    this.devices = devices;
    this.profiles = profiles;
    this.gateways = gateways;
    this.locations = locations;
    this.events = events;
    this.resolver = resolver;
    this.clock = clock;
    this.profileOfDevice = new ExpiringStore<>(clock, PROFILE_OF_DEVICE_TTL);
  }

  /** Handles one uplink. */
  public GeolocationOutcome handle(DataUplinkEvent uplink) {
    purgeNowAndThen();
    DeviceProfile profile = findProfile(uplink.devEui());
    if (profile == null) {
      return GeolocationOutcome.of(Kind.UNKNOWN_DEVICE);
    }
    if (!profile.geolocEnabled()) {
      return GeolocationOutcome.of(Kind.DISABLED);
    }
    Instant at = uplink.receivedAt() != null ? uplink.receivedAt() : clock.instant();
    UplinkObservation observed = UplinkObservations.of(uplink, at, gateways);
    List<UplinkObservation> toSolve = buffer.add(uplink.devEui(), observed, profile.geolocBuffer());
    if (toSolve.isEmpty()) {
      return GeolocationOutcome.of(Kind.BUFFERING);
    }
    LocationResult result = resolver.resolve(toSolve);
    if (result instanceof LocationResult.NotSolvable n) {
      LOG.log(Level.DEBUG, "device {0} not located: {1} {2}", uplink.devEui(), n.reason(),
          n.detail());
      return new GeolocationOutcome(Kind.NOT_SOLVABLE, n.reason());
    }
    LocationResult.Fix fix = (LocationResult.Fix) result;
    DeviceLocation location = store(uplink.devEui(), fix);
    if (location == null) {
      return GeolocationOutcome.of(Kind.DEVICE_GONE);
    }
    announce(uplink, location, fix);
    return GeolocationOutcome.of(Kind.RESOLVED);
  }

  private DeviceProfile findProfile(Eui64 devEui) {
    return profileOfDevice
        .getOrLoad(devEui, eui -> devices.find(eui).map(Device::deviceProfileId))
        .flatMap(profiles::find)
        .orElse(null);
  }

  private DeviceLocation store(Eui64 devEui, LocationResult.Fix fix) {
    DeviceLocation location =
        new DeviceLocation(devEui, fix.position().latitude(), fix.position().longitude(),
            fix.position().altitude(), fix.accuracyMetres(), source(fix.method()),
            fix.gatewayCount(), clock.instant());
    return locations.save(location) ? location : null;
  }

  private void announce(DataUplinkEvent uplink, DeviceLocation l, LocationResult.Fix fix) {
    events.locationResolved(
        new LocationEvent(uplink.deduplicationId(), l.devEui(), l.latitude(), l.longitude(),
            l.altitude(), l.accuracyMetres(), l.source(), l.gatewayCount(), fix.frameCount(),
            l.updatedAt()));
  }

  static LocationSource source(LocationMethod method) {
    return switch (method) {
      case TDOA -> LocationSource.GEO_RESOLVER_TDOA;
      case RSSI -> LocationSource.GEO_RESOLVER_RSSI;
    };
  }

  private void purgeNowAndThen() {
    if (handled.incrementAndGet() % PURGE_EVERY == 0) {
      buffer.purgeExpired(clock.instant());
    }
  }
}
