package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.region.RegionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/** A row of {@code device_profile}: a {@link DeviceProfile} with its bookkeeping times. */
@Entity
@Table(name = "device_profile")
public class DeviceProfileEntity {

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 10)
  private String region;

  @Column(name = "mac_version", nullable = false, length = 10)
  private String macVersion;

  @Column(name = "reg_params_revision", nullable = false, length = 20)
  private String regParamsRevision;

  @Column(name = "supports_join", nullable = false)
  private boolean supportsJoin;

  @Column(name = "supports_class_b", nullable = false)
  private boolean supportsClassB;

  @Column(name = "supports_class_c", nullable = false)
  private boolean supportsClassC;

  @Column(name = "class_b_timeout", nullable = false)
  private int classBTimeout;

  @Column(name = "ping_slot_period", nullable = false)
  private int pingSlotPeriod;

  @Column(name = "class_c_timeout", nullable = false)
  private int classCTimeout;

  @Column(name = "rx_delay_1", nullable = false)
  private int rxDelay1;

  @Column(name = "rx_dr_offset_1", nullable = false)
  private int rxDrOffset1;

  @Column(name = "rx_datarate_2", nullable = false)
  private int rxDatarate2;

  @Column(name = "rx_freq_2", nullable = false)
  private long rxFreq2;

  @Column(name = "max_eirp", nullable = false)
  private int maxEirp;

  @Column(name = "adr_algorithm_id", nullable = false, length = 100)
  private String adrAlgorithmId;

  @Column(name = "uplink_interval", nullable = false)
  private int uplinkInterval;

  @Column(name = "device_status_req_frequency", nullable = false)
  private int deviceStatusReqFrequency;

  @Column(name = "flush_queue_on_activate", nullable = false)
  private boolean flushQueueOnActivate;

  @Column(name = "geoloc_enabled", nullable = false)
  private boolean geolocEnabled;

  @Column(name = "geoloc_buffer_ttl", nullable = false)
  private int geolocBufferTtl;

  @Column(name = "geoloc_min_buffer_size", nullable = false)
  private int geolocMinBufferSize;
  @Column(name = "organization_id")
  private Long organizationId;

  @Column(name = "network_server_id")
  private Long networkServerId;

  @Column(name = "ping_slot_dr", nullable = false)
  private int pingSlotDr;

  @Column(name = "ping_slot_freq", nullable = false)
  private long pingSlotFreq;

  @Column(name = "factory_preset_freqs", nullable = false, length = 1000)
  private String factoryPresetFreqs = "";

  @Column(name = "max_duty_cycle", nullable = false)
  private int maxDutyCycle;

  @Column(name = "supports_32bit_fcnt", nullable = false)
  private boolean supports32BitFCnt = true;

  @Column(name = "payload_codec", nullable = false, length = 20)
  private String payloadCodec = "";

  @Column(name = "payload_encoder_script", nullable = false, length = 100000)
  private String payloadEncoderScript = "";

  @Column(name = "payload_decoder_script", nullable = false, length = 100000)
  private String payloadDecoderScript = "";

  @Column(nullable = false, length = 8000)
  private String tags = "{}";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected DeviceProfileEntity() {}

  /** A new row for {@code profile}, created at {@code now}. */
  DeviceProfileEntity(DeviceProfile profile, Instant now) {
    this.id = profile.id();
    this.createdAt = now;
    update(profile, now);
  }

  /** Copies every value of {@code p} into this row. */
  final void update(DeviceProfile p, Instant now) {
    name = p.name();
    region = p.region().name();
    macVersion = p.macVersion().text();
    regParamsRevision = p.regParamsRevision();
    supportsJoin = p.supportsOtaa();
    supportsClassB = p.supportsClassB();
    supportsClassC = p.supportsClassC();
    classBTimeout = p.classBTimeoutSeconds();
    pingSlotPeriod = p.pingSlotPeriodicity();
    classCTimeout = p.classCTimeoutSeconds();
    rxDelay1 = p.abpRx1Delay();
    rxDrOffset1 = p.abpRx1DrOffset();
    rxDatarate2 = p.abpRx2Dr();
    rxFreq2 = p.abpRx2FrequencyHz();
    maxEirp = p.maxEirpDbm();
    adrAlgorithmId = p.adrAlgorithmId();
    uplinkInterval = p.uplinkIntervalSeconds();
    deviceStatusReqFrequency = p.deviceStatusRequestsPerDay();
    flushQueueOnActivate = p.flushQueueOnActivate();
    geolocEnabled = p.geolocEnabled();
    geolocBufferTtl = p.geolocBufferTtlSeconds();
    geolocMinBufferSize = p.geolocMinBufferSize();
    DeviceProfileDetails d = p.details();
    organizationId = d.organizationId();
    networkServerId = d.networkServerId();
    pingSlotDr = d.pingSlotDr();
    pingSlotFreq = d.pingSlotFrequencyHz();
    factoryPresetFreqs =
        d.factoryPresetFrequenciesHz().stream().map(String::valueOf)
            .collect(Collectors.joining(","));
    maxDutyCycle = d.maxDutyCycle();
    supports32BitFCnt = d.supports32BitFCnt();
    payloadCodec = d.codec().type().wireName();
    payloadEncoderScript = d.codec().encoderScript();
    payloadDecoderScript = d.codec().decoderScript();
    tags = StringMapJson.write(d.tags());
    updatedAt = now;
  }

  /** The profile this row holds. */
  DeviceProfile toDomain() {
    return new DeviceProfile(
        id,
        name,
        RegionId.parse(region),
        MacVersion.parse(macVersion),
        regParamsRevision,
        supportsJoin,
        supportsClassB,
        supportsClassC,
        classBTimeout,
        pingSlotPeriod,
        classCTimeout,
        rxDelay1,
        rxDrOffset1,
        rxDatarate2,
        rxFreq2,
        maxEirp,
        adrAlgorithmId,
        uplinkInterval,
        deviceStatusReqFrequency,
        flushQueueOnActivate,
        geolocEnabled,
        geolocBufferTtl,
        geolocMinBufferSize,
        new DeviceProfileDetails(
            organizationId,
            networkServerId == null ? DeviceProfileDetails.BUILT_IN_NETWORK_SERVER
                : networkServerId,
            pingSlotDr,
            pingSlotFreq,
            frequencies(factoryPresetFreqs),
            maxDutyCycle,
            supports32BitFCnt,
            new PayloadCodec(PayloadCodec.Type.parse(payloadCodec), payloadEncoderScript,
                payloadDecoderScript),
            StringMapJson.read(tags)));
  }

  private static List<Long> frequencies(String text) {
    List<Long> list = new ArrayList<>();
    if (text != null) {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          list.add(Long.parseLong(part.strip()));
        }
      }
    }
    return list;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }
}
