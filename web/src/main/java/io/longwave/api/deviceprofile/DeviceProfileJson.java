package io.longwave.api.deviceprofile;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.application.ApplicationResource;
import io.longwave.api.json.ProtoJson;
import io.longwave.api.json.RequestJson;
import io.longwave.application.error.ApiException;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.StringMap;
import io.longwave.lorawan.region.RegionId;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code deviceProfile} message of ChirpStack v3 ({@code profiles.proto}) read into a {@link
 * DeviceProfile} and written back. {@code pingSlotPeriod} is ChirpStack's period in 30 ms slots
 * ({@code 2^12 / pingNb}: 32, 64 … 4096), kept as the periodicity 0..7 of LoRaWAN 1.0.4 §14.1;
 * {@code uplinkInterval} is a protobuf duration such as {@code "3600s"}. Besides v3's
 * geolocation buffer fields ({@code geolocBufferTTL} in seconds, {@code geolocMinBufferSize}),
 * Longwave's own {@code geolocEnabled} turns locating the profile's devices on.
 */
public final class DeviceProfileJson {


  private DeviceProfileJson() {}

  /** The profile of a request's {@code deviceProfile} message, with {@code id}. */
  public static DeviceProfile read(UUID id, RequestJson m) {
    long org = m.int64("organizationID");
    if (org <= 0) {
      throw ApiException.invalidArgument(m.name("organizationID") + " is required");
    }
    long ns = m.int64("networkServerID");
    RegionId region = region(m);
    MacVersion version = macVersion(m);
    boolean classB = m.bool("supportsClassB");
    try {
      DeviceProfileDetails details = new DeviceProfileDetails(org,
          ns == 0 ? DeviceProfileDetails.BUILT_IN_NETWORK_SERVER : ns,
          (int) m.integer("pingSlotDR", 0, 15),
          m.integer("pingSlotFreq", 0, 10_000_000_000L),
          frequencies(m),
          (int) m.integer("maxDutyCycle", 0, 100),
          m.bool("supports32BitFCnt"),
          ApplicationResource.codec(m),
          m.stringMap("tags", StringMap.MAX_ENTRIES, StringMap.MAX_ENTRY_LENGTH));
      return new DeviceProfile(id,
          m.requiredString("name", DeviceProfile.MAX_NAME_LENGTH),
          region, version,
          m.has("regParamsRevision") ? m.string("regParamsRevision", 20).strip() : null,
          m.bool("supportsJoin"), classB, m.bool("supportsClassC"),
          (int) m.integer("classBTimeout", 0, 86_400),
          classB ? pingSlotPeriodicity(m) : 0,
          (int) m.integer("classCTimeout", 0, 86_400),
          (int) m.integer("rxDelay1", 0, 15),
          (int) m.integer("rxDROffset1", 0, 7),
          (int) m.integer("rxDataRate2", 0, 15),
          m.integer("rxFreq2", 0, 10_000_000_000L),
          (int) m.integer("maxEIRP", 0, 36),
          m.string("adrAlgorithmID", 100).strip(),
          uplinkIntervalSeconds(m),
          0,
          true,
          details)
          .withGeolocation(m.bool("geolocEnabled"),
              (int) m.integer("geolocBufferTTL", 0, 86_400),
              (int) m.integer("geolocMinBufferSize", 0, 16));
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument("deviceProfile: " + e.getMessage());
    }
  }

  /** The {@code deviceProfile} message of a profile. */
  public static JsonObject write(DeviceProfile p) {
    DeviceProfileDetails d = p.details();
    JsonArrayBuilder freqs = JSON.createArrayBuilder();
    d.factoryPresetFrequenciesHz().forEach(freqs::add);
    return JSON.createObjectBuilder()
        .add("id", p.id().toString())
        .add("name", p.name())
        .add("organizationID", ProtoJson.int64(d.organizationId() == null ? 0
            : d.organizationId()))
        .add("networkServerID", ProtoJson.int64(d.networkServerId()))
        .add("supportsClassB", p.supportsClassB())
        .add("classBTimeout", p.classBTimeoutSeconds())
        .add("pingSlotPeriod", p.supportsClassB() ? 32 << p.pingSlotPeriodicity() : 0)
        .add("pingSlotDR", d.pingSlotDr())
        .add("pingSlotFreq", d.pingSlotFrequencyHz())
        .add("supportsClassC", p.supportsClassC())
        .add("classCTimeout", p.classCTimeoutSeconds())
        .add("macVersion", p.macVersion().text())
        .add("regParamsRevision", p.regParamsRevision())
        .add("rxDelay1", p.abpRx1Delay())
        .add("rxDROffset1", p.abpRx1DrOffset())
        .add("rxDataRate2", p.abpRx2Dr())
        .add("rxFreq2", p.abpRx2FrequencyHz())
        .add("factoryPresetFreqs", freqs)
        .add("maxEIRP", p.maxEirpDbm())
        .add("maxDutyCycle", d.maxDutyCycle())
        .add("supportsJoin", p.supportsOtaa())
        .add("rfRegion", p.region().name())
        .add("supports32BitFCnt", d.supports32BitFCnt())
        .add("payloadCodec", d.codec().type().wireName())
        .add("payloadEncoderScript", d.codec().encoderScript())
        .add("payloadDecoderScript", d.codec().decoderScript())
        .add("tags", ProtoJson.stringMap(d.tags()))
        .add("uplinkInterval", ProtoJson.duration(Duration.ofSeconds(p.uplinkIntervalSeconds())))
        .add("adrAlgorithmID", p.adrAlgorithmId())
        .add("geolocBufferTTL", p.geolocBufferTtlSeconds())
        .add("geolocMinBufferSize", p.geolocMinBufferSize())
        .add("geolocEnabled", p.geolocEnabled())
        .build();
  }

  private static RegionId region(RequestJson m) {
    String s = m.string("rfRegion", 20).strip();
    if (s.isEmpty()) {
      throw ApiException.invalidArgument(m.name("rfRegion") + " is required, e.g. EU868");
    }
    try {
      return RegionId.parse(s);
    } catch (RuntimeException e) {
      throw ApiException.invalidArgument(m.name("rfRegion") + ": unknown region " + s);
    }
  }

  private static MacVersion macVersion(RequestJson m) {
    String s = m.string("macVersion", 20).strip();
    if (s.isEmpty()) {
      throw ApiException.invalidArgument(m.name("macVersion") + " is required, e.g. 1.0.3");
    }
    try {
      return MacVersion.parse(s);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalidArgument(m.name("macVersion") + ": " + e.getMessage());
    }
  }

  /** ChirpStack's period in slots (32 × 2^periodicity) as the periodicity 0..7. */
  static int pingSlotPeriodicity(RequestJson m) {
    long period = m.integer("pingSlotPeriod", 0, 4096);
    if (period == 0) {
      return 0;
    }
    for (int p = 0; p <= 7; p++) {
      if (32L << p == period) {
        return p;
      }
    }
    throw ApiException.invalidArgument(m.name("pingSlotPeriod")
        + " must be 32, 64, 128, 256, 512, 1024, 2048 or 4096 (slots of 30 ms), got " + period);
  }

  /** A protobuf duration ({@code "3600s"}, {@code "1.5s"}) or a number of seconds. */
  static int uplinkIntervalSeconds(RequestJson m) {
    JsonValue v = m.json().get("uplinkInterval");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return 0;
    }
    BigDecimal seconds;
    if (v instanceof JsonNumber n) {
      seconds = n.bigDecimalValue();
    } else if (v instanceof JsonString s && s.getString().strip().matches("\\d{1,10}(\\.\\d{1,9})?s")) {
      String text = s.getString().strip();
      seconds = new BigDecimal(text.substring(0, text.length() - 1));
    } else {
      throw ApiException.invalidArgument(m.name("uplinkInterval")
          + " must be a duration such as \"3600s\"");
    }
    if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      throw ApiException.invalidArgument(m.name("uplinkInterval") + " is out of range");
    }
    return seconds.intValue();
  }

  private static List<Long> frequencies(RequestJson m) {
    JsonValue v = m.json().get("factoryPresetFreqs");
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return List.of();
    }
    if (!(v instanceof JsonArray a)) {
      throw ApiException.invalidArgument(m.name("factoryPresetFreqs") + " must be an array");
    }
    List<Long> out = new ArrayList<>();
    for (JsonValue e : a) {
      long f;
      try {
        f = e instanceof JsonNumber n ? n.longValueExact()
            : e instanceof JsonString s ? Long.parseLong(s.getString().strip()) : -1;
      } catch (ArithmeticException | NumberFormatException ex) {
        f = -1;
      }
      if (f <= 0) {
        throw ApiException.invalidArgument(m.name("factoryPresetFreqs")
            + " must hold positive frequencies in Hz");
      }
      out.add(f);
    }
    return out;
  }
}
