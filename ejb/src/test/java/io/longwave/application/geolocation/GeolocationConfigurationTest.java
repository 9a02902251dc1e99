package io.longwave.application.geolocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.geolocation.GeolocationSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeolocationConfigurationTest {

  @Test
  void unset_keys_give_the_defaults() {
    assertEquals(GeolocationSettings.DEFAULTS, GeolocationConfiguration.read(k -> null));
  }

  @Test
  void reads_every_key() {
    Map<String, String> c = Map.of(
        "longwave.geolocation.timestamp-sigma", "25",
        "longwave.geolocation.outlier-sigmas", "4",
        "longwave.geolocation.max-accuracy", "2000",
        "longwave.geolocation.path-loss-exponent", "3.1",
        "longwave.geolocation.rssi-sigma", "8",
        "longwave.geolocation.min-rssi-gateways", "4");
    assertEquals(new GeolocationSettings(25, 4, 2000, 3.1, 8, 4),
        GeolocationConfiguration.read(c::get));
  }

  @Test
  void a_bad_value_names_its_key() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GeolocationConfiguration.read(
            Map.of("longwave.geolocation.timestamp-sigma", "fast")::get));
    assertTrue(e.getMessage().contains("longwave.geolocation.timestamp-sigma"));
    e = assertThrows(IllegalArgumentException.class,
        () -> GeolocationConfiguration.read(
            Map.of("longwave.geolocation.min-rssi-gateways", "2")::get));
    assertTrue(e.getMessage().contains("min-rssi-gateways"));
  }
}
