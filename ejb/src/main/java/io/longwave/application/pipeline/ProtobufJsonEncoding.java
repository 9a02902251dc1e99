package io.longwave.application.pipeline;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.application.directory.GatewayNames;
import io.longwave.application.event.AckEvent;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ChirpStack v3's {@code json} encoding: the protobuf JSON of its {@code integration.proto}
 * messages as jsonpb writes them with defaults emitted: every field present, {@code applicationID}
 * (uint64) as a string, bytes ({@code devEUI}, {@code gatewayID}, {@code devAddr}, {@code data},
 * {@code context}, {@code uplinkID}) as base64, enums by name, timestamps in RFC 3339, durations
 * as seconds ({@code "12.5s"}), unset messages as {@code null}, the decoded object as the string
 * {@code objectJSON}.
 */
final class ProtobufJsonEncoding {

  /** ChirpStack v3's {@code ErrorType} names; any other type is written as {@code UNKNOWN}. */
  static final Set<String> ERROR_TYPES =
      Set.of("UNKNOWN", "DOWNLINK_PAYLOAD_SIZE", "DOWNLINK_FCNT", "UPLINK_CODEC",
          "DOWNLINK_CODEC", "OTAA", "UPLINK_FCNT_RESET", "UPLINK_MIC",
          "UPLINK_FCNT_RETRANSMISSION", "DOWNLINK_GATEWAY");

  private ProtobufJsonEncoding() {}

  static JsonObject up(EventHeader h, UplinkView up, GatewayNames names, Instant publishedAt) {
    DataUplinkEvent e = up.event();
    JsonObjectBuilder b = start(h);
    b.add("rxInfo", rxInfo(e.rxInfo(), names));
    b.add("txInfo", txInfo(e.txInfo()));
    b.add("adr", e.adr());
    b.add("dr", e.dr());
    b.add("fCnt", e.fCnt());
    b.add("fPort", Math.max(e.fPort(), 0));
    b.add("data", base64(up.data()));
    b.add("objectJSON", up.object() == null ? "" : up.object().toString());
    b.add("tags", tags(h.tags()));
    b.add("confirmedUplink", e.confirmed());
    b.add("devAddr", base64(e.devAddr().toBytes()));
    b.add("publishedAt", publishedAt.toString());
    b.add("deviceProfileID", h.deviceProfileId());
    b.add("deviceProfileName", h.deviceProfileName());
    return b.build();
  }

  /** The join-request's tx-info and data rate are not reported to us: null and 0. */
  static JsonObject join(EventHeader h, JoinEvent e, GatewayNames names, Instant publishedAt) {
    JsonObjectBuilder b = start(h);
    b.add("devAddr", base64(e.devAddr().toBytes()));
    b.add("rxInfo", rxInfo(e.rxInfo(), names));
    b.add("txInfo", JsonValue.NULL);
    b.add("dr", 0);
    b.add("tags", tags(h.tags()));
    b.add("publishedAt", publishedAt.toString());
    return b.build();
  }

  static JsonObject ack(EventHeader h, AckEvent e, Instant publishedAt) {
    JsonObjectBuilder b = start(h);
    b.add("acknowledged", e.acknowledged());
    b.add("fCnt", e.fCntDown());
    b.add("tags", tags(h.tags()));
    b.add("publishedAt", publishedAt.toString());
    return b.build();
  }

  static JsonObject txAck(EventHeader h, TxAckEvent e, Instant publishedAt) {
    JsonObjectBuilder b = start(h);
    b.add("fCnt", e.fCntDown());
    b.add("tags", tags(h.tags()));
    b.add("gatewayID", e.gatewayId() == null ? "" : base64(e.gatewayId().toBytes()));
    b.add("txInfo", JsonValue.NULL);
    b.add("publishedAt", publishedAt.toString());
    return b.build();
  }

  static JsonObject status(EventHeader h, StatusEvent e, Instant publishedAt) {
    JsonObjectBuilder b = start(h);
    b.add("margin", e.margin());
    b.add("externalPowerSource", e.externalPowerSource());
    b.add("batteryLevelUnavailable", e.batteryLevelUnavailable());
    b.add("batteryLevel", JsonNumbers.ofFloat(Math.max(e.batteryLevel(), 0f)));
    b.add("tags", tags(h.tags()));
    b.add("publishedAt", publishedAt.toString());
    return b.build();
  }

  static JsonObject error(EventHeader h, String type, String error, long fCnt,
      Instant publishedAt) {
    JsonObjectBuilder b = start(h);
    b.add("type", ERROR_TYPES.contains(type) ? type : "UNKNOWN");
    b.add("error", error);
    b.add("fCnt", Math.max(fCnt, 0));
    b.add("tags", tags(h.tags()));
    b.add("publishedAt", publishedAt.toString());
    return b.build();
  }

  /**
   * ChirpStack v3's {@code integration.LocationEvent}; {@code accuracy} is in metres, {@code
   * uplinkIDs} the uplink that completed the solve (the buffered ones are not kept).
   */
  static JsonObject location(EventHeader h, LocationEvent e, Instant publishedAt) {
    JsonObjectBuilder b = start(h);
    b.add("location", JSON.createObjectBuilder()
        .add("latitude", JsonNumbers.of(e.latitude()))
        .add("longitude", JsonNumbers.of(e.longitude()))
        .add("altitude", JsonNumbers.of(e.altitude()))
        .add("source", e.source().name())
        .add("accuracy", (int) Math.round(e.accuracyMetres())));
    b.add("tags", tags(h.tags()));
    JsonArrayBuilder ids = JSON.createArrayBuilder();
    if (e.deduplicationId() != null) {
      ids.add(base64(uuidBytes(e.deduplicationId())));
    }
    b.add("uplinkIDs", ids);
    b.add("fCnt", 0);
    b.add("publishedAt", publishedAt.toString());
    return b.build();
  }

  private static byte[] uuidBytes(java.util.UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
  }

  private static JsonObjectBuilder start(EventHeader h) {
    return JSON.createObjectBuilder()
        .add("applicationID", Long.toString(h.applicationId()))
        .add("applicationName", h.applicationName())
        .add("deviceName", h.deviceName())
        .add("devEUI", base64(h.devEui().toBytes()));
  }

  private static JsonArrayBuilder rxInfo(List<UplinkRxInfo> rxInfo, GatewayNames names) {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (UplinkRxInfo rx : rxInfo) {
      JsonObjectBuilder r = JSON.createObjectBuilder()
          .add("gatewayID", base64(rx.gatewayId().toBytes()))
          .add("time", rx.gwTime() == null ? JsonValue.NULL : JSON.createValue(
              rx.gwTime().toString()))
          .add("timeSinceGPSEpoch", duration(rx.timeSinceGpsEpoch()))
          .add("rssi", rx.rssi())
          .add("loRaSNR", JsonNumbers.of(rx.snr()))
          .add("channel", rx.channel())
          .add("rfChain", rx.rfChain())
          .add("board", rx.board())
          .add("antenna", rx.antenna())
          .add("location", location(names.locationShown(rx.gatewayId(), rx.location())));
      addFineTimestamp(r, rx.fineTimestamp());
      r.add("context", base64(rx.context()))
          .add("uplinkID", base64(ByteBuffer.allocate(16).putLong(0L).putLong(rx.uplinkId())
              .array()))
          .add("crcStatus", rx.crcStatus().name());
      list.add(r);
    }
    return list;
  }

  private static void addFineTimestamp(JsonObjectBuilder r, FineTimestamp ts) {
    if (ts instanceof FineTimestamp.Plain p) {
      r.add("fineTimestampType", "PLAIN");
      r.add("plainFineTimestamp", JSON.createObjectBuilder()
          .add("time", duration(Duration.ofNanos(p.timeSinceGpsEpochNanos()))));
    } else if (ts instanceof FineTimestamp.Encrypted enc) {
      r.add("fineTimestampType", "ENCRYPTED");
      r.add("encryptedFineTimestamp", JSON.createObjectBuilder()
          .add("aesKeyIndex", enc.aesKeyIndex())
          .add("encryptedNS", base64(enc.encryptedNs()))
          .add("fpgaID", base64(enc.fpgaId() == null ? new byte[0] : enc.fpgaId())));
    } else {
      r.add("fineTimestampType", "NONE");
    }
  }

  private static JsonValue location(GatewayLocation l) {
    if (l == null) {
      return JsonValue.NULL;
    }
    return JSON.createObjectBuilder()
        .add("latitude", JsonNumbers.of(l.latitude()))
        .add("longitude", JsonNumbers.of(l.longitude()))
        .add("altitude", JsonNumbers.of(l.altitude()))
        .add("source", l.source() == null ? "UNKNOWN" : l.source().name())
        .add("accuracy", 0)
        .build();
  }

  private static JsonValue txInfo(UplinkTxInfo tx) {
    if (tx == null) {
      return JsonValue.NULL;
    }
    JsonObjectBuilder b = JSON.createObjectBuilder().add("frequency", tx.frequencyHz());
    if (tx.modulation() instanceof LoraModulation m) {
      b.add("modulation", "LORA");
      b.add("loRaModulationInfo", JSON.createObjectBuilder()
          .add("bandwidth", m.bandwidthHz() / 1000)
          .add("spreadingFactor", m.spreadingFactor())
          .add("codeRate", m.codeRate().text())
          .add("polarizationInversion", m.polarizationInversion()));
    } else if (tx.modulation() instanceof FskModulation m) {
      b.add("modulation", "FSK");
      b.add("fskModulationInfo", JSON.createObjectBuilder()
          .add("frequencyDeviation", m.frequencyDeviationHz())
          .add("datarate", m.datarateBps()));
    } else if (tx.modulation() instanceof LrFhssModulation m) {
      b.add("modulation", "LR_FHSS");
      b.add("lrFhssModulationInfo", JSON.createObjectBuilder()
          .add("operatingChannelWidth", m.operatingChannelWidthHz())
          .add("codeRate", m.codeRate().text())
          .add("gridSteps", m.gridSteps()));
    } else {
      b.add("modulation", "LORA");
    }
    return b.build();
  }

  /** A protobuf Duration in JSON: seconds with 0, 3, 6 or 9 fraction digits. */
  static JsonValue duration(Duration d) {
    if (d == null) {
      return JsonValue.NULL;
    }
    long seconds = d.getSeconds();
    int nanos = d.getNano();
    String text;
    if (nanos == 0) {
      text = Long.toString(seconds);
    } else if (nanos % 1_000_000 == 0) {
      text = String.format(Locale.ROOT, "%d.%03d", seconds, nanos / 1_000_000);
    } else if (nanos % 1_000 == 0) {
      text = String.format(Locale.ROOT, "%d.%06d", seconds, nanos / 1_000);
    } else {
      text = String.format(Locale.ROOT, "%d.%09d", seconds, nanos);
    }
    return JSON.createValue(text + "s");
  }

  private static JsonObjectBuilder tags(Map<String, String> tags) {
    JsonObjectBuilder t = JSON.createObjectBuilder();
    tags.forEach(t::add);
    return t;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
