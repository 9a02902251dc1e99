package io.longwave.connector.mqtt.codec;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.CrcStatus;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.connector.backend.JsonSupport;
import io.longwave.connector.backend.StrictJson;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ChirpStack v4 gateway bridge JSON: the protobuf JSON mapping of {@code gw.proto} (camelCase
 * names, {@code bytes} as base64, enums by name, durations as {@code "1s"}, the gateway id as
 * 16 hex digits, bandwidths in Hz). Unknown fields are ignored, as the bridge's own decoder does.
 */
final class V4JsonCodec implements GatewayMessageCodec {

  static StrictJson<MqttMessageException> fields(JsonObject o, String where) {
    return StrictJson.of(o, where, MqttMessageException::new);
  }

  static JsonObject parse(byte[] payload, String what) throws MqttMessageException {
    return StrictJson.parse(payload, 0, payload.length, what, MqttMessageException::new);
  }

  @Override
  public UplinkFrame uplink(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(parse(payload, "up"), "up");
    byte[] phy = f.base64("phyPayload");
    JsonObject tx = f.object("txInfo");
    JsonObject rx = f.object("rxInfo");
    if (phy == null || tx == null || rx == null) {
      throw new MqttMessageException("up needs phyPayload, txInfo and rxInfo");
    }
    StrictJson<MqttMessageException> t = fields(tx, "txInfo");
    JsonObject m = t.object("modulation");
    if (m == null) {
      throw new MqttMessageException("txInfo.modulation is missing");
    }
    UplinkTxInfo txInfo = new UplinkTxInfo(zero(t.integerOrString("frequency")), modulation(m));
    return new UplinkFrame(phy, txInfo, rxInfo(topicGateway, fields(rx, "rxInfo")));
  }

  private static UplinkRxInfo rxInfo(GatewayId topic, StrictJson<MqttMessageException> r)
      throws MqttMessageException {
    UplinkRxInfo.Builder b = UplinkRxInfo.builder(gateway(topic, r.string("gatewayId")));
    b.uplinkId(zero(r.integerOrString("uplinkId")));
    String gwTime = r.has("gwTime") ? r.string("gwTime") : r.string("time");
    if (gwTime != null) {
      b.gwTime(ProtoTime.parseTimestamp(gwTime, "rxInfo.gwTime"));
    }
    if (r.has("nsTime")) {
      b.nsTime(ProtoTime.parseTimestamp(r.string("nsTime"), "rxInfo.nsTime"));
    }
    if (r.has("timeSinceGpsEpoch")) {
      b.timeSinceGpsEpoch(
          ProtoTime.parseDuration(r.string("timeSinceGpsEpoch"), "rxInfo.timeSinceGpsEpoch"));
    }
    if (r.has("fineTimeSinceGpsEpoch")) {
      Duration d =
          ProtoTime.parseDuration(r.string("fineTimeSinceGpsEpoch"), "rxInfo.fineTimeSinceGpsEpoch");
      b.fineTimestamp(new FineTimestamp.Plain(d.toNanos()));
    }
    b.rssi((int) zero(r.integer("rssi")))
        .snr(r.decimal("snr") == null ? 0 : r.decimal("snr"))
        .channel((int) zero(r.integer("channel")))
        .rfChain((int) zero(r.integer("rfChain")))
        .board((int) zero(r.integer("board")))
        .antenna((int) zero(r.integer("antenna")));
    JsonObject loc = r.object("location");
    if (loc != null) {
      b.location(location(fields(loc, "rxInfo.location")));
    }
    byte[] context = r.base64("context");
    if (context != null) {
      b.context(context);
    }
    b.crcStatus(enumValue(CrcStatus.class, r.string("crcStatus"), CrcStatus.NO_CRC, "crcStatus"));
    JsonObject meta = r.object("metadata");
    if (meta != null) {
      b.metadata(stringMap(meta, "rxInfo.metadata"));
    }
    return b.build();
  }

  @Override
  public GatewayStats stats(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(parse(payload, "stats"), "stats");
    GatewayId id = gateway(topicGateway, f.string("gatewayId"));
    JsonObject loc = f.object("location");
    String time = f.string("time");
    return new GatewayStats(
        id,
        time == null ? null : ProtoTime.parseTimestamp(time, "stats.time"),
        null,
        loc == null ? null : location(fields(loc, "stats.location")),
        f.string("configVersion"),
        zero(f.integerOrString("rxPacketsReceived")),
        zero(f.integerOrString("rxPacketsReceivedOk")),
        0,
        0,
        zero(f.integerOrString("txPacketsReceived")),
        zero(f.integerOrString("txPacketsEmitted")),
        Double.NaN,
        f.object("metadata") == null ? null : stringMap(f.object("metadata"), "stats.metadata"),
        frequencyMap(f, "rxPacketsPerFrequency"),
        frequencyMap(f, "txPacketsPerFrequency"),
        countMap(f, "txPacketsPerStatus"));
  }

  @Override
  public DownlinkTxAck txAck(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(parse(payload, "ack"), "ack");
    GatewayId id = gateway(topicGateway, f.string("gatewayId"));
    List<DownlinkTxAckItem> items = new ArrayList<>();
    JsonArray a = f.array("items");
    if (a != null) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          throw new MqttMessageException("ack.items[" + i + "] is not an object");
        }
        String status = fields(a.getJsonObject(i), "ack.items[" + i + "]").string("status");
        items.add(DownlinkTxAckItem.of(
            enumValue(TxAckStatus.class, status, TxAckStatus.IGNORED, "ack.items.status")));
      }
    }
    return new DownlinkTxAck(id, zero(f.integerOrString("downlinkId")), items);
  }

  @Override
  public GatewayConnectionState connState(GatewayId topicGateway, byte[] payload)
      throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(parse(payload, "conn"), "conn");
    GatewayId id = gateway(topicGateway, f.string("gatewayId"));
    return new GatewayConnectionState(id, online(f.string("state")));
  }

  static boolean online(String state) throws MqttMessageException {
    if (state == null || state.equals("OFFLINE")) {
      return false;
    }
    if (state.equals("ONLINE")) {
      return true;
    }
    throw new MqttMessageException("conn state must be ONLINE or OFFLINE, got " + state);
  }

  @Override
  public byte[] downlink(DownlinkFrame frame) {
    JsonArrayBuilder items = JsonSupport.array();
    for (DownlinkFrameItem item : frame.items()) {
      DownlinkTxInfo tx = item.txInfo();
      JsonObjectBuilder txInfo =
          JsonSupport.object()
              .add("frequency", tx.frequencyHz())
              .add("power", tx.powerDbm())
              .add("modulation", modulationJson(tx.modulation()))
              .add("board", tx.board())
              .add("antenna", tx.antenna())
              .add("timing", timingJson(tx.timing()))
              .add("context", Base64.getEncoder().encodeToString(tx.context()));
      items.add(
          JsonSupport.object()
              .add("phyPayload", Base64.getEncoder().encodeToString(item.phyPayload()))
              .add("txInfo", txInfo));
    }
    return JsonSupport.object()
        .add("downlinkId", frame.downlinkId() & 0xffffffffL)
        .add("gatewayId", frame.gatewayId().toString())
        .add("items", items)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  // --- shared pieces ---

  static GatewayId gateway(GatewayId topic, String payloadId) throws MqttMessageException {
    if (payloadId == null || payloadId.isEmpty()) {
      return topic;
    }
    GatewayId id;
    try {
      id = GatewayId.parse(payloadId.toLowerCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MqttMessageException(e.getMessage());
    }
    if (!id.equals(topic)) {
      throw new MqttMessageException(
          "gateway id " + id + " in the payload does not match " + topic + " in the topic");
    }
    return id;
  }

  static Modulation modulation(JsonObject m) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(m, "modulation");
    JsonObject lora = f.object("lora");
    if (lora != null) {
      StrictJson<MqttMessageException> l = fields(lora, "modulation.lora");
      return new LoraModulation(
          (int) zero(l.integer("bandwidth")),
          (int) zero(l.integer("spreadingFactor")),
          enumValue(CodeRate.class, codeRateName(l.string("codeRate")), CodeRate.UNDEFINED,
              "codeRate"),
          Boolean.TRUE.equals(l.bool("polarizationInversion")));
    }
    JsonObject fsk = f.object("fsk");
    if (fsk != null) {
      StrictJson<MqttMessageException> s = fields(fsk, "modulation.fsk");
      return new FskModulation(
          (int) zero(s.integer("frequencyDeviation")), (int) zero(s.integer("datarate")));
    }
    JsonObject lr = f.object("lrFhss");
    if (lr != null) {
      StrictJson<MqttMessageException> s = fields(lr, "modulation.lrFhss");
      return new LrFhssModulation(
          (int) zero(s.integer("operatingChannelWidth")),
          enumValue(CodeRate.class, codeRateName(s.string("codeRate")), CodeRate.UNDEFINED,
              "codeRate"),
          (int) zero(s.integer("gridSteps")));
    }
    throw new MqttMessageException("modulation must be lora, fsk or lrFhss");
  }

  private static String codeRateName(String s) {
    return s == null || s.equals("CR_UNDEFINED") ? null : s;
  }

  static JsonObject modulationJson(Modulation m) {
    if (m instanceof LoraModulation l) {
      return JsonSupport.object()
          .add("lora", JsonSupport.object()
              .add("bandwidth", l.bandwidthHz())
              .add("spreadingFactor", l.spreadingFactor())
              .add("codeRate", codeRateJson(l.codeRate()))
              .add("polarizationInversion", l.polarizationInversion()))
          .build();
    }
    if (m instanceof FskModulation f) {
      return JsonSupport.object()
          .add("fsk", JsonSupport.object()
              .add("frequencyDeviation", f.frequencyDeviationHz())
              .add("datarate", f.datarateBps()))
          .build();
    }
    LrFhssModulation r = (LrFhssModulation) m;
    return JsonSupport.object()
        .add("lrFhss", JsonSupport.object()
            .add("operatingChannelWidth", r.operatingChannelWidthHz())
            .add("codeRate", codeRateJson(r.codeRate()))
            .add("gridSteps", r.gridSteps()))
        .build();
  }

  private static String codeRateJson(CodeRate cr) {
    return cr == CodeRate.UNDEFINED ? "CR_UNDEFINED" : cr.name();
  }

  private static JsonObject timingJson(DownlinkTiming t) {
    JsonObjectBuilder b = JsonSupport.object();
    if (t instanceof DownlinkTiming.Delay d) {
      b.add("delay", JsonSupport.object().add("delay", ProtoTime.formatDuration(d.delay())));
    } else if (t instanceof DownlinkTiming.GpsEpoch g) {
      b.add("gpsEpoch", JsonSupport.object()
          .add("timeSinceGpsEpoch", ProtoTime.formatDuration(g.timeSinceGpsEpoch())));
    } else {
      b.add("immediately", JsonValue.EMPTY_JSON_OBJECT);
    }
    return b.build();
  }

  static GatewayLocation location(StrictJson<MqttMessageException> l)
      throws MqttMessageException {
    return new GatewayLocation(
        nz(l.decimal("latitude")),
        nz(l.decimal("longitude")),
        nz(l.decimal("altitude")),
        enumValue(LocationSource.class, l.string("source"), LocationSource.UNKNOWN, "source"));
  }

  static <T extends Enum<T>> T enumValue(Class<T> type, String name, T absent, String field)
      throws MqttMessageException {
    if (name == null) {
      return absent;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new MqttMessageException(field + " '" + name + "' is not a known value");
    }
  }

  static Map<String, String> stringMap(JsonObject o, String where) throws MqttMessageException {
    Map<String, String> m = new HashMap<>();
    for (Map.Entry<String, JsonValue> e : o.entrySet()) {
      if (e.getValue().getValueType() != JsonValue.ValueType.STRING) {
        throw new MqttMessageException(where + "." + e.getKey() + " must be a string");
      }
      m.put(e.getKey(), ((jakarta.json.JsonString) e.getValue()).getString());
    }
    return m;
  }

  private static Map<Long, Long> frequencyMap(StrictJson<MqttMessageException> f, String name)
      throws MqttMessageException {
    Map<String, Long> counts = countMap(f, name);
    Map<Long, Long> m = new HashMap<>();
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      try {
        m.put(Long.parseLong(e.getKey()), e.getValue());
      } catch (NumberFormatException x) {
        throw new MqttMessageException(name + " key '" + e.getKey() + "' is not a frequency");
      }
    }
    return m;
  }

  private static Map<String, Long> countMap(StrictJson<MqttMessageException> f, String name)
      throws MqttMessageException {
    JsonObject o = f.object(name);
    Map<String, Long> m = new HashMap<>();
    if (o != null) {
      StrictJson<MqttMessageException> c = fields(o, name);
      for (String key : o.keySet()) {
        m.put(key, zero(c.integerOrString(key)));
      }
    }
    return m;
  }

  static long zero(Long v) {
    return v == null ? 0 : v;
  }

  private static double nz(Double v) {
    return v == null ? 0 : v;
  }
}
