/**
 * Geolocation of devices on the application side: de-duplicated data uplinks of devices whose
 * profile enables it become {@link io.longwave.geolocation.UplinkObservation}s (gateway positions
 * from the rx-info or the registered gateway), are buffered per device as the profile says,
 * solved by TDOA or RSSI, stored as the device's location and announced as a {@code location}
 * event.
 */
package io.longwave.application.geolocation;
