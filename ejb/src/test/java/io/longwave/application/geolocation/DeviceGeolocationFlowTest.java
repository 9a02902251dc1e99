package io.longwave.application.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.geolocation.GeolocationOutcome.Kind;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.geolocation.GeoPoint;
import io.longwave.geolocation.GeolocationResolver;
import io.longwave.geolocation.GeolocationSettings;
import io.longwave.geolocation.LocalFrame;
import io.longwave.geolocation.NotSolvableReason;
import io.longwave.geolocation.TdoaSolver;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import io.longwave.testing.InMemoryDeviceLocationRepository;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.RecordingApplicationEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The geolocation flow with in-memory repositories and a recording event port. */
class DeviceGeolocationFlowTest {

  private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
  private static final LocalFrame FRAME = new LocalFrame(new GeoPoint(48.8566, 2.3522, 35));
  private static final Eui64 DEV_EUI = Eui64.parse("0102030405060708");
  private static final long EMITTED_AT = 1_400_000_000_123_456_789L;

  private final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  private final InMemoryDeviceLocationRepository locations =
      new InMemoryDeviceLocationRepository(devices);
  private final RecordingApplicationEvents events = new RecordingApplicationEvents();
  private final Map<GatewayId, GeoPoint> registered = new HashMap<>();
  private final Random random = new Random(7);
  private final DeviceGeolocationFlow flow =
      new DeviceGeolocationFlow(devices, devices, id -> Optional.ofNullable(registered.get(id)),
          locations, events, new GeolocationResolver(GeolocationSettings.DEFAULTS),
          Clock.fixed(T, ZoneOffset.UTC));

  /** Four gateways on the corners of a 5 km square. */
  private static final List<GeoPoint> SQUARE = List.of(
      FRAME.toGeo(-2_500, -2_500, 30), FRAME.toGeo(2_500, -2_500, 30),
      FRAME.toGeo(2_500, 2_500, 30), FRAME.toGeo(-2_500, 2_500, 30));

  private final GeoPoint device = FRAME.toGeo(600, -1_100, 0);

  private void storeDevice(boolean geoloc, int ttl, int minSize) {
    DeviceProfile p = DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868,
        MacVersion.LORAWAN_1_0_3).withGeolocation(geoloc, ttl, minSize);
    devices.save(p);
    devices.save(new Device(DEV_EUI, "tracker", 1, p.id(), Eui64.parse("70b3d57ed0000000"),
        DeviceKeys.lorawan10(Aes128Key.parse("01020304050607080910111213141516")), false, false,
        0));
  }

  private static double distance(GeoPoint a, GeoPoint b) {
    double[] p = FRAME.toEnu(a);
    double[] q = FRAME.toEnu(b);
    return Math.sqrt((p[0] - q[0]) * (p[0] - q[0]) + (p[1] - q[1]) * (p[1] - q[1])
        + (p[2] - q[2]) * (p[2] - q[2]));
  }

  private static GatewayId gatewayId(int i) {
    return new GatewayId(0x0016c001f1500000L + i);
  }

  /** The reception at gateway {@code i}: fine timestamp with 20 ns noise, RSSI by distance. */
  private UplinkRxInfo.Builder rx(int i, GeoPoint gateway) {
    double d = distance(device, gateway);
    long fine = EMITTED_AT
        + Math.round(d / TdoaSolver.SPEED_OF_LIGHT_M_PER_NS + 20 * random.nextGaussian());
    return UplinkRxInfo.builder(gatewayId(i))
        .rssi((int) Math.round(-30 - 27 * Math.log10(d)))
        .snr(5)
        .fineTimestamp(new FineTimestamp.Plain(fine))
        .location(new GatewayLocation(gateway.latitude(), gateway.longitude(),
            gateway.altitude(), LocationSource.GPS));
  }

  private static DataUplinkEvent uplink(List<UplinkRxInfo> rx, Instant at) {
    return new DataUplinkEvent(UUID.randomUUID(), DEV_EUI, DevAddr.parse("01020304"), 1, 1,
        new byte[] {1}, Aes128Key.parse("a1a2a3a4a5a6a7a8a9aaabacadaeafb0"), false, true, 5,
        new UplinkTxInfo(868_100_000, null), rx, at);
  }

  private DataUplinkEvent squareUplink(Instant at) {
    List<UplinkRxInfo> rx = new ArrayList<>();
    for (int i = 0; i < SQUARE.size(); i++) {
      rx.add(rx(i, SQUARE.get(i)).build());
    }
    return uplink(rx, at);
  }

  @Test
  void locates_a_device_by_tdoa_stores_and_announces_it() {
    storeDevice(true, 0, 0);
    DataUplinkEvent up = squareUplink(T);
    assertEquals(Kind.RESOLVED, flow.handle(up).kind());

    DeviceLocation stored = locations.find(DEV_EUI).orElseThrow();
    GeoPoint at = new GeoPoint(stored.latitude(), stored.longitude(), stored.altitude());
    double[] e = FRAME.toEnu(at);
    double[] truth = FRAME.toEnu(device);
    assertTrue(Math.hypot(e[0] - truth[0], e[1] - truth[1]) < 50);
    assertEquals(LocationSource.GEO_RESOLVER_TDOA, stored.source());
    assertEquals(4, stored.gatewayCount());
    assertEquals(T, stored.updatedAt());

    LocationEvent event = events.of(LocationEvent.class).get(0);
    assertEquals(up.deduplicationId(), event.deduplicationId());
    assertEquals(DEV_EUI, event.devEui());
    assertEquals(stored.latitude(), event.latitude());
    assertEquals(stored.accuracyMetres(), event.accuracyMetres());
    assertEquals(1, event.uplinkCount());
  }

  @Test
  void leaves_devices_alone_whose_profile_does_not_enable_it() {
    storeDevice(false, 0, 0);
    assertEquals(Kind.DISABLED, flow.handle(squareUplink(T)).kind());
    assertTrue(locations.find(DEV_EUI).isEmpty());
    assertTrue(events.all().isEmpty());
  }

  @Test
  void a_devices_profile_is_looked_up_again_only_after_its_time_to_live() {
    Instant[] now = {T};
    Clock clock = new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now[0];
      }
    };
    DeviceGeolocationFlow timed = new DeviceGeolocationFlow(devices, devices,
        id -> Optional.empty(), locations, events,
        new GeolocationResolver(GeolocationSettings.DEFAULTS), clock);
    storeDevice(false, 0, 0);
    assertEquals(Kind.DISABLED, timed.handle(squareUplink(T)).kind());

    storeDevice(true, 0, 0); // the device moves to a profile that enables geolocation
    assertEquals(Kind.DISABLED, timed.handle(squareUplink(T)).kind(), "remembered profile");

    now[0] = T.plus(DeviceGeolocationFlow.PROFILE_OF_DEVICE_TTL).plusMillis(1);
    assertEquals(Kind.RESOLVED, timed.handle(squareUplink(now[0])).kind());
  }

  @Test
  void an_unknown_device_is_not_located() {
    assertEquals(Kind.UNKNOWN_DEVICE, flow.handle(squareUplink(T)).kind());
    assertTrue(events.all().isEmpty());
  }

  @Test
  void uses_the_registered_gateway_location_when_the_rx_info_has_none() {
    storeDevice(true, 0, 0);
    List<UplinkRxInfo> rx = new ArrayList<>();
    for (int i = 0; i < SQUARE.size(); i++) {
      UplinkRxInfo.Builder b = rx(i, SQUARE.get(i));
      if (i % 2 == 0) {
        // no GPS: either no location or the 0°, 0° of an unset one
        b.location(i == 0 ? null : new GatewayLocation(0, 0, 0, LocationSource.UNKNOWN));
        registered.put(gatewayId(i), SQUARE.get(i));
      }
      rx.add(b.build());
    }
    assertEquals(Kind.RESOLVED, flow.handle(uplink(rx, T)).kind());
    assertEquals(4, locations.find(DEV_EUI).orElseThrow().gatewayCount());
  }

  @Test
  void encrypted_fine_timestamps_fall_back_to_rssi() {
    storeDevice(true, 0, 0);
    List<UplinkRxInfo> rx = new ArrayList<>();
    for (int i = 0; i < SQUARE.size(); i++) {
      UplinkRxInfo.Builder b = rx(i, SQUARE.get(i));
      if (i >= 2) {
        b.fineTimestamp(new FineTimestamp.Encrypted(0, new byte[16], new byte[0]));
      }
      rx.add(b.build());
    }
    assertEquals(Kind.RESOLVED, flow.handle(uplink(rx, T)).kind());
    assertEquals(LocationSource.GEO_RESOLVER_RSSI, locations.find(DEV_EUI).orElseThrow().source());
    assertEquals(LocationSource.GEO_RESOLVER_RSSI,
        events.of(LocationEvent.class).get(0).source());
  }

  @Test
  void buffers_uplinks_until_the_profiles_minimum_and_solves_them_together() {
    storeDevice(true, 60, 3);
    assertEquals(Kind.BUFFERING, flow.handle(squareUplink(T)).kind());
    assertEquals(Kind.BUFFERING, flow.handle(squareUplink(T.plusSeconds(10))).kind());
    assertTrue(events.of(LocationEvent.class).isEmpty());
    assertEquals(Kind.RESOLVED, flow.handle(squareUplink(T.plusSeconds(20))).kind());
    assertEquals(3, events.of(LocationEvent.class).get(0).uplinkCount());
    // 70 s later the first two have expired
    assertEquals(Kind.BUFFERING, flow.handle(squareUplink(T.plusSeconds(90))).kind());
  }

  @Test
  void gateways_in_a_line_give_no_location_and_no_event() {
    storeDevice(true, 0, 0);
    List<UplinkRxInfo> rx = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rx.add(rx(i, FRAME.toGeo(-3_000 + 2_000 * i, 0, 30)).build());
    }
    GeolocationOutcome o = flow.handle(uplink(rx, T));
    assertEquals(Kind.NOT_SOLVABLE, o.kind());
    assertEquals(NotSolvableReason.GATEWAYS_COLLINEAR, o.reason());
    assertTrue(locations.find(DEV_EUI).isEmpty());
    assertTrue(events.of(LocationEvent.class).isEmpty());
  }

  @Test
  void receptions_without_any_position_are_too_few() {
    storeDevice(true, 0, 0);
    List<UplinkRxInfo> rx = new ArrayList<>();
    for (int i = 0; i < SQUARE.size(); i++) {
      rx.add(rx(i, SQUARE.get(i)).location(null).build());
    }
    GeolocationOutcome o = flow.handle(uplink(rx, T));
    assertEquals(Kind.NOT_SOLVABLE, o.kind());
    assertEquals(NotSolvableReason.TOO_FEW_GATEWAYS, o.reason());
  }

  @Test
  void a_device_deleted_meanwhile_gets_no_location() {
    storeDevice(true, 0, 0);
    DeviceGeolocationFlow gone =
        new DeviceGeolocationFlow(devices, devices, id -> Optional.empty(),
            new InMemoryDeviceLocationRepository(new InMemoryDeviceRepository()), events,
            new GeolocationResolver(GeolocationSettings.DEFAULTS), Clock.fixed(T, ZoneOffset.UTC));
    assertEquals(Kind.DEVICE_GONE, gone.handle(squareUplink(T)).kind());
    assertTrue(events.of(LocationEvent.class).isEmpty());
  }
}
