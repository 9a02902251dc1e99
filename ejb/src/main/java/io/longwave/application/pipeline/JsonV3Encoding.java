package io.longwave.application.pipeline;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.application.directory.GatewayNames;
import io.longwave.application.event.AckEvent;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.application.event.JoinEvent;
import io.longwave.application.event.LocationEvent;
import io.longwave.application.event.StatusEvent;
import io.longwave.application.event.TxAckEvent;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * ChirpStack v3's {@code json_v3} encoding (the Application Server's integration models):
 * {@code applicationID} as a decimal string, {@code devEUI}, {@code gatewayID} and {@code
 * devAddr} as lower-case hex, {@code data} as base64 (null without payload), {@code object} as
 * JSON; {@code tags}, {@code rxInfo}, {@code object}, {@code time} and an error's {@code fCnt}
 * left out when empty.
 */
final class JsonV3Encoding {

  private JsonV3Encoding() {}

  static JsonObject up(EventHeader h, UplinkView up, GatewayNames names) {
    DataUplinkEvent e = up.event();
    JsonObjectBuilder b = start(h);
    b.add("deviceProfileName", h.deviceProfileName());
    b.add("deviceProfileID", h.deviceProfileId());
    b.add("devEUI", h.devEui().toString());
    addRxInfo(b, e.rxInfo(), names);
    b.add("txInfo", txInfo(e.txInfo(), e.dr()));
    b.add("adr", e.adr());
    b.add("fCnt", e.fCnt());
    b.add("fPort", Math.max(e.fPort(), 0));
    if (up.data().length == 0) {
      b.add("data", JsonValue.NULL); // Go writes a frame without payload as null
    } else {
      b.add("data", Base64.getEncoder().encodeToString(up.data()));
    }
    if (up.object() != null) {
      b.add("object", up.object());
    }
    addTags(b, h.tags());
    b.add("confirmedUplink", e.confirmed());
    b.add("devAddr", e.devAddr().toString());
    return b.build();
  }

  /** ChirpStack v3's join notification; the join-request's tx-info is not reported to us. */
  static JsonObject join(EventHeader h, JoinEvent e, GatewayNames names) {
    JsonObjectBuilder b = start(h);
    b.add("devEUI", h.devEui().toString());
    b.add("devAddr", e.devAddr().toString());
    addRxInfo(b, e.rxInfo(), names);
    addTags(b, h.tags());
    return b.build();
  }

  static JsonObject ack(EventHeader h, AckEvent e) {
    JsonObjectBuilder b = start(h);
    b.add("devEUI", h.devEui().toString());
    b.add("acknowledged", e.acknowledged());
    b.add("fCnt", e.fCntDown());
    addTags(b, h.tags());
    return b.build();
  }

  static JsonObject txAck(EventHeader h, TxAckEvent e) {
    JsonObjectBuilder b = start(h);
    b.add("devEUI", h.devEui().toString());
    b.add("fCnt", e.fCntDown());
    addTags(b, h.tags());
    return b.build();
  }

  static JsonObject status(EventHeader h, StatusEvent e) {
    JsonObjectBuilder b = start(h);
    b.add("devEUI", h.devEui().toString());
    b.add("margin", e.margin());
    b.add("externalPowerSource", e.externalPowerSource());
    b.add("batteryLevel", JsonNumbers.ofFloat(Math.max(e.batteryLevel(), 0f)));
    b.add("batteryLevelUnavailable", e.batteryLevelUnavailable());
    addTags(b, h.tags());
    return b.build();
  }

  /** {@code fCnt} is left out when 0 or unknown, as ChirpStack v3 does. */
  static JsonObject error(EventHeader h, String type, String error, long fCnt) {
    JsonObjectBuilder b = start(h);
    b.add("devEUI", h.devEui().toString());
    b.add("type", type);
    b.add("error", error);
    if (fCnt > 0) {
      b.add("fCnt", fCnt);
    }
    addTags(b, h.tags());
    return b.build();
  }

  /** ChirpStack v3's {@code LocationNotification}: the position only. */
  static JsonObject location(EventHeader h, LocationEvent e) {
    JsonObjectBuilder b = start(h);
    b.add("devEUI", h.devEui().toString());
    b.add("location", JSON.createObjectBuilder()
        .add("latitude", JsonNumbers.of(e.latitude()))
        .add("longitude", JsonNumbers.of(e.longitude()))
        .add("altitude", JsonNumbers.of(e.altitude())));
    addTags(b, h.tags());
    return b.build();
  }

  private static JsonObjectBuilder start(EventHeader h) {
    return JSON.createObjectBuilder()
        .add("applicationID", Long.toString(h.applicationId()))
        .add("applicationName", h.applicationName())
        .add("deviceName", h.deviceName());
  }

  private static void addRxInfo(JsonObjectBuilder b, List<UplinkRxInfo> rxInfo,
      GatewayNames names) {
    if (rxInfo.isEmpty()) {
      return;
    }
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (UplinkRxInfo rx : rxInfo) {
      JsonObjectBuilder r = JSON.createObjectBuilder()
          .add("gatewayID", rx.gatewayId().toString())
          .add("uplinkID", new UUID(0L, rx.uplinkId()).toString())
          .add("name", names.nameOf(rx.gatewayId()));
      if (rx.gwTime() != null) {
        r.add("time", rx.gwTime().toString());
      }
      r.add("rssi", rx.rssi());
      r.add("loRaSNR", JsonNumbers.of(rx.snr()));
      r.add("location", location(names.locationShown(rx.gatewayId(), rx.location())));
      list.add(r);
    }
    b.add("rxInfo", list);
  }

  private static JsonValue location(GatewayLocation l) {
    if (l == null) {
      return JsonValue.NULL;
    }
    return JSON.createObjectBuilder()
        .add("latitude", JsonNumbers.of(l.latitude()))
        .add("longitude", JsonNumbers.of(l.longitude()))
        .add("altitude", JsonNumbers.of(l.altitude()))
        .build();
  }

  private static JsonObject txInfo(UplinkTxInfo tx, int dr) {
    return JSON.createObjectBuilder()
        .add("frequency", tx == null ? 0 : tx.frequencyHz())
        .add("dr", dr)
        .build();
  }

  private static void addTags(JsonObjectBuilder b, Map<String, String> tags) {
    if (tags.isEmpty()) {
      return;
    }
    JsonObjectBuilder t = JSON.createObjectBuilder();
    tags.forEach(t::add);
    b.add("tags", t);
  }
}
