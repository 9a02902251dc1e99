package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.gateway.StatsInterval;
import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.error.ApiException;
import io.longwave.application.management.DeviceService;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.Regions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A device's uplink statistics (ChirpStack v3 {@code GET /api/devices/{devEUI}/stats}) computed
 * from the network server's frame log. The frame log keeps the most recent frames of each device
 * in memory ({@code longwave.framelog.size}, 20 by default) since the server started, so the
 * answer covers those frames only.
 */
@Path("devices/{devEUI}/stats")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "devices")
public class DeviceStatsResource {


  /** How many recent frames are looked at. */
  static final int MAX_FRAMES = 10_000;

  @Inject CurrentCaller current;
  @Inject DeviceService devices;
  @Inject NetworkReadModels network;

  @GET
  @Operation(summary = "Uplinks, mean RSSI and SNR, per frequency and data rate, per interval")
  public JsonObject stats(@PathParam("devEUI") String devEui,
      @QueryParam("interval") String interval, @QueryParam("startTimestamp") String start,
      @QueryParam("endTimestamp") String end) {
    Eui64 eui = Values.eui64("devEUI", devEui);
    StatsInterval unit = StatsInterval.parse(interval);
    Instant from = instant("startTimestamp", start);
    Instant to = instant("endTimestamp", end);
    if (!from.isBefore(to)) {
      throw ApiException.invalidArgument("startTimestamp must be before endTimestamp");
    }
    DeviceProfile profile = devices.profile(current.policy(), eui);
    JsonArrayBuilder result = JSON.createArrayBuilder();
    DeviceStatsAggregation.aggregate(network.frameLog().deviceFrames(eui, MAX_FRAMES),
        Regions.get(profile.region()), unit, from, to).forEach(result::add);
    return JSON.createObjectBuilder().add("result", result).build();
  }

  static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      throw ApiException.invalidArgument(name + " is required (RFC 3339)");
    }
    try {
      return OffsetDateTime.parse(value.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiException.invalidArgument(name + " must be an RFC 3339 time, e.g."
          + " 2026-01-01T00:00:00Z");
    }
  }
}
