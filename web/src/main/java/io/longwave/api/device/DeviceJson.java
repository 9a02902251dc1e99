package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.application.error.ApiException;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceDetails;
import io.longwave.domain.device.DeviceLocation;
import io.longwave.domain.device.DeviceStatus;
import io.longwave.domain.device.StringMap;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;

/**
 * The {@code device} message of ChirpStack v3 ({@code device.proto}) read into a {@link Device}
 * and written back, and the device-status numbers of its answers: battery 0 (external power),
 * 1..254, 255 (cannot measure) or 256 (not available); margin -32..31 dB or 256 (not available).
 */
final class DeviceJson {


  /** ChirpStack's "not available" for battery and margin. */
  static final int NOT_AVAILABLE = 256;

  private DeviceJson() {}

  /** The device of a request's {@code device} message. */
  static Device read(Eui64 devEui, RequestJson d) {
    long app = d.int64("applicationID");
    if (app <= 0) {
      throw ApiException.invalidArgument("device.applicationID is required");
    }
    try {
      DeviceDetails details = new DeviceDetails(
          d.string("description", DeviceDetails.MAX_DESCRIPTION_LENGTH),
          d.stringMap("tags", StringMap.MAX_ENTRIES, StringMap.MAX_ENTRY_LENGTH),
          d.stringMap("variables", StringMap.MAX_ENTRIES, StringMap.MAX_ENTRY_LENGTH),
          d.float64("referenceAltitude"));
      return new Device(devEui, d.requiredString("name", Device.MAX_NAME_LENGTH), app,
          d.optionalUuid("deviceProfileID").orElseThrow(
              () -> ApiException.invalidArgument("device.deviceProfileID is required")),
          null, null, d.bool("skipFCntCheck"), d.bool("isDisabled"), 0, details, null);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("device: " + e.getMessage());
    }
  }

  /** The {@code device} message. */
  static JsonObject write(Device d) {
    DeviceDetails x = d.details();
    return JSON.createObjectBuilder()
        .add("devEUI", d.devEui().toString())
        .add("name", d.name())
        .add("applicationID", ProtoJson.int64(d.applicationId()))
        .add("description", x.description())
        .add("deviceProfileID", d.deviceProfileId().toString())
        .add("skipFCntCheck", d.skipFCntCheck())
        .add("referenceAltitude", x.referenceAltitude())
        .add("variables", ProtoJson.stringMap(x.variables()))
        .add("tags", ProtoJson.stringMap(x.tags()))
        .add("isDisabled", d.disabled())
        .build();
  }

  /**
   * ChirpStack v3 common.proto {@code Location}: degrees, metres, the source's enum name and the
   * accuracy in whole metres ({@code uint32} there).
   */
  static JsonObject location(DeviceLocation l) {
    return JSON.createObjectBuilder()
        .add("latitude", l.latitude())
        .add("longitude", l.longitude())
        .add("altitude", l.altitude())
        .add("source", l.source().name())
        .add("accuracy", Math.max(0, Math.round(l.accuracyMetres())))
        .build();
  }

  static int battery(Integer battery) {
    return battery == null ? NOT_AVAILABLE : battery;
  }

  static int margin(Integer margin) {
    return margin == null ? NOT_AVAILABLE : margin;
  }

  /** The stored status written as a list item's device-status fields. */
  static void status(jakarta.json.JsonObjectBuilder b, DeviceStatus s) {
    Integer battery = s.battery();
    b.add("deviceStatusBattery", battery(battery))
        .add("deviceStatusMargin", margin(s.margin()))
        .add("deviceStatusExternalPowerSource", s.externalPower() || Integer.valueOf(0)
            .equals(battery))
        .add("deviceStatusBatteryLevelUnavailable", battery == null || battery == 255)
        .add("deviceStatusBatteryLevel", battery == null || battery == 0 || battery == 255 ? 0
            : Math.round(battery / 254.0 * 10000) / 100.0);
  }
}
