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
import io.longwave.connector.api.frame.GatewayStats;
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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ChirpStack v3 gateway bridge JSON ({@code marshaler="json"}): golang/protobuf jsonpb of the v3
 * {@code gw.proto}, where the gateway id and the uplink and downlink ids are base64 {@code
 * bytes}, the modulation is an enum with a {@code loRaModulationInfo} beside it, bandwidths are in
 * kHz and code rates are text ({@code "4/5"}). A downlink's id travels in the last 8 bytes of the
 * 16-byte {@code downlinkID} and, truncated, in {@code token}.
 */
final class V3JsonCodec implements GatewayMessageCodec {

  /** GPS time runs ahead of UTC by the leap seconds since 1980: 18 since 2017-01-01. */
  private static final long GPS_LEAP_SECONDS = 18;
  private static final Instant GPS_EPOCH = Instant.parse("1980-01-06T00:00:00Z");

  private static StrictJson<MqttMessageException> fields(JsonObject o, String where) {
    return V4JsonCodec.fields(o, where);
  }

  @Override
  public UplinkFrame uplink(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(V4JsonCodec.parse(payload, "up"), "up");
    byte[] phy = f.base64("phyPayload");
    JsonObject tx = f.object("txInfo");
    JsonObject rx = f.object("rxInfo");
    if (phy == null || tx == null || rx == null) {
      throw new MqttMessageException("up needs phyPayload, txInfo and rxInfo");
    }
    StrictJson<MqttMessageException> t = fields(tx, "txInfo");
    UplinkTxInfo txInfo =
        new UplinkTxInfo(V4JsonCodec.zero(t.integerOrString("frequency")), modulation(t));
    return new UplinkFrame(phy, txInfo, rxInfo(topicGateway, fields(rx, "rxInfo")));
  }

  private static Modulation modulation(StrictJson<MqttMessageException> t)
      throws MqttMessageException {
    String kind = t.string("modulation");
    if (kind == null || kind.equals("LORA")) {
      JsonObject l = t.object("loRaModulationInfo");
      if (l == null) {
        throw new MqttMessageException("txInfo.loRaModulationInfo is missing");
      }
      StrictJson<MqttMessageException> m = fields(l, "txInfo.loRaModulationInfo");
      return new LoraModulation(
          (int) V4JsonCodec.zero(m.integer("bandwidth")) * 1000,
          (int) V4JsonCodec.zero(m.integer("spreadingFactor")),
          codeRate(m.string("codeRate")),
          Boolean.TRUE.equals(m.bool("polarizationInversion")));
    }
    if (kind.equals("FSK")) {
      JsonObject o = t.object("fskModulationInfo");
      StrictJson<MqttMessageException> m =
          fields(o == null ? JsonValue.EMPTY_JSON_OBJECT : o, "txInfo.fskModulationInfo");
      return new FskModulation(
          (int) V4JsonCodec.zero(m.integer("frequencyDeviation")),
          (int) V4JsonCodec.zero(m.integer("datarate")));
    }
    if (kind.equals("LR_FHSS")) {
      JsonObject o = t.object("lrFHSSModulationInfo");
      StrictJson<MqttMessageException> m =
          fields(o == null ? JsonValue.EMPTY_JSON_OBJECT : o, "txInfo.lrFHSSModulationInfo");
      return new LrFhssModulation(
          (int) V4JsonCodec.zero(m.integer("operatingChannelWidth")) * 1000,
          codeRate(m.string("codeRate")),
          (int) V4JsonCodec.zero(m.integer("gridSteps")));
    }
    throw new MqttMessageException("txInfo.modulation must be LORA, FSK or LR_FHSS, got " + kind);
  }

  private static CodeRate codeRate(String s) throws MqttMessageException {
    try {
      return CodeRate.parse(s);
    } catch (IllegalArgumentException e) {
      throw new MqttMessageException(e.getMessage());
    }
  }

  private static UplinkRxInfo rxInfo(GatewayId topic, StrictJson<MqttMessageException> r)
      throws MqttMessageException {
    UplinkRxInfo.Builder b = UplinkRxInfo.builder(gateway(topic, r.base64("gatewayID")));
    byte[] uplinkId = r.base64("uplinkID");
    if (uplinkId != null && uplinkId.length >= 4) {
      b.uplinkId(ByteBuffer.wrap(uplinkId, uplinkId.length - 4, 4).getInt() & 0xffffffffL);
    }
    if (r.has("time")) {
      b.gwTime(ProtoTime.parseTimestamp(r.string("time"), "rxInfo.time"));
    }
    if (r.has("timeSinceGPSEpoch")) {
      b.timeSinceGpsEpoch(
          ProtoTime.parseDuration(r.string("timeSinceGPSEpoch"), "rxInfo.timeSinceGPSEpoch"));
    }
    b.rssi((int) V4JsonCodec.zero(r.integer("rssi")))
        .snr(r.decimal("loRaSNR") == null ? 0 : r.decimal("loRaSNR"))
        .channel((int) V4JsonCodec.zero(r.integer("channel")))
        .rfChain((int) V4JsonCodec.zero(r.integer("rfChain")))
        .board((int) V4JsonCodec.zero(r.integer("board")))
        .antenna((int) V4JsonCodec.zero(r.integer("antenna")));
    JsonObject loc = r.object("location");
    if (loc != null) {
      b.location(V4JsonCodec.location(fields(loc, "rxInfo.location")));
    }
    JsonObject enc = r.object("encryptedFineTimestamp");
    JsonObject plain = r.object("plainFineTimestamp");
    if (enc != null) {
      StrictJson<MqttMessageException> e = fields(enc, "rxInfo.encryptedFineTimestamp");
      byte[] ns = e.base64("encryptedNS");
      byte[] fpga = e.base64("fpgaID");
      b.fineTimestamp(new FineTimestamp.Encrypted(
          (int) V4JsonCodec.zero(e.integer("aesKeyIndex")),
          ns == null ? new byte[0] : ns,
          fpga == null ? new byte[0] : fpga));
    } else if (plain != null) {
      String time = fields(plain, "rxInfo.plainFineTimestamp").string("time");
      if (time != null) {
        Instant t = ProtoTime.parseTimestamp(time, "rxInfo.plainFineTimestamp.time");
        Duration sinceGps = Duration.between(GPS_EPOCH, t).plusSeconds(GPS_LEAP_SECONDS);
        b.fineTimestamp(new FineTimestamp.Plain(sinceGps.toNanos()));
      }
    }
    byte[] context = r.base64("context");
    if (context != null) {
      b.context(context);
    }
    b.crcStatus(V4JsonCodec.enumValue(CrcStatus.class, r.string("crcStatus"), CrcStatus.NO_CRC,
        "crcStatus"));
    return b.build();
  }

  @Override
  public GatewayStats stats(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(V4JsonCodec.parse(payload, "stats"), "stats");
    JsonObject loc = f.object("location");
    String time = f.string("time");
    JsonObject meta = f.object("metaData");
    return new GatewayStats(
        gateway(topicGateway, f.base64("gatewayID")),
        time == null ? null : ProtoTime.parseTimestamp(time, "stats.time"),
        f.string("ip"),
        loc == null ? null : V4JsonCodec.location(fields(loc, "stats.location")),
        f.string("configVersion"),
        V4JsonCodec.zero(f.integerOrString("rxPacketsReceived")),
        V4JsonCodec.zero(f.integerOrString("rxPacketsReceivedOK")),
        0,
        0,
        V4JsonCodec.zero(f.integerOrString("txPacketsReceived")),
        V4JsonCodec.zero(f.integerOrString("txPacketsEmitted")),
        Double.NaN,
        meta == null ? null : V4JsonCodec.stringMap(meta, "stats.metaData"),
        null,
        null,
        null);
  }

  @Override
  public DownlinkTxAck txAck(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(V4JsonCodec.parse(payload, "ack"), "ack");
    GatewayId id = gateway(topicGateway, f.base64("gatewayID"));
    byte[] downlinkId = f.base64("downlinkID");
    long downlink =
        downlinkId != null && downlinkId.length == 16
            ? ByteBuffer.wrap(downlinkId, 8, 8).getLong()
            : V4JsonCodec.zero(f.integerOrString("token"));
    List<DownlinkTxAckItem> items = new ArrayList<>();
    JsonArray a = f.array("items");
    if (a != null) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
          throw new MqttMessageException("ack.items[" + i + "] is not an object");
        }
        String status = fields(a.getJsonObject(i), "ack.items[" + i + "]").string("status");
        items.add(DownlinkTxAckItem.of(V4JsonCodec.enumValue(
            TxAckStatus.class, status, TxAckStatus.IGNORED, "ack.items.status")));
      }
    } else {
      // Bridges before 3.9 answer a single downlink with only an error string.
      items.add(DownlinkTxAckItem.of(TxAckStatus.fromSemtechError(f.string("error"))));
    }
    return new DownlinkTxAck(id, downlink, items);
  }

  @Override
  public GatewayConnectionState connState(GatewayId topicGateway, byte[] payload)
      throws MqttMessageException {
    StrictJson<MqttMessageException> f = fields(V4JsonCodec.parse(payload, "conn"), "conn");
    return new GatewayConnectionState(
        gateway(topicGateway, f.base64("gatewayID")), V4JsonCodec.online(f.string("state")));
  }

  @Override
  public byte[] downlink(DownlinkFrame frame) {
    Base64.Encoder b64 = Base64.getEncoder();
    String gatewayId = b64.encodeToString(frame.gatewayId().toBytes());
    JsonArrayBuilder items = JsonSupport.array();
    for (DownlinkFrameItem item : frame.items()) {
      DownlinkTxInfo tx = item.txInfo();
      JsonObjectBuilder txInfo =
          JsonSupport.object()
              .add("gatewayID", gatewayId)
              .add("frequency", tx.frequencyHz())
              .add("power", tx.powerDbm());
      modulationJson(tx.modulation(), txInfo);
      txInfo.add("board", tx.board()).add("antenna", tx.antenna());
      DownlinkTiming t = tx.timing();
      if (t instanceof DownlinkTiming.Delay d) {
        txInfo.add("timing", "DELAY").add("delayTimingInfo",
            JsonSupport.object().add("delay", ProtoTime.formatDuration(d.delay())));
      } else if (t instanceof DownlinkTiming.GpsEpoch g) {
        txInfo.add("timing", "GPS_EPOCH").add("gpsEpochTimingInfo",
            JsonSupport.object()
                .add("timeSinceGPSEpoch", ProtoTime.formatDuration(g.timeSinceGpsEpoch())));
      } else {
        txInfo.add("timing", "IMMEDIATELY")
            .add("immediatelyTimingInfo", JsonValue.EMPTY_JSON_OBJECT);
      }
      txInfo.add("context", b64.encodeToString(tx.context()));
      items.add(JsonSupport.object()
          .add("phyPayload", b64.encodeToString(item.phyPayload()))
          .add("txInfo", txInfo));
    }
    byte[] downlinkId = ByteBuffer.allocate(16).putLong(8, frame.downlinkId()).array();
    return JsonSupport.object()
        .add("gatewayID", gatewayId)
        .add("token", frame.downlinkId() & 0xffff)
        .add("downlinkID", b64.encodeToString(downlinkId))
        .add("items", items)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void modulationJson(Modulation m, JsonObjectBuilder txInfo) {
    if (m instanceof LoraModulation l) {
      txInfo.add("modulation", "LORA").add("loRaModulationInfo", JsonSupport.object()
          .add("bandwidth", l.bandwidthHz() / 1000)
          .add("spreadingFactor", l.spreadingFactor())
          .add("codeRate", l.codeRate().text())
          .add("polarizationInversion", l.polarizationInversion()));
    } else if (m instanceof FskModulation f) {
      txInfo.add("modulation", "FSK").add("fskModulationInfo", JsonSupport.object()
          .add("frequencyDeviation", f.frequencyDeviationHz())
          .add("datarate", f.datarateBps()));
    } else {
      LrFhssModulation r = (LrFhssModulation) m;
      txInfo.add("modulation", "LR_FHSS").add("lrFHSSModulationInfo", JsonSupport.object()
          .add("operatingChannelWidth", r.operatingChannelWidthHz() / 1000)
          .add("codeRate", r.codeRate().text())
          .add("gridSteps", r.gridSteps()));
    }
  }

  private static GatewayId gateway(GatewayId topic, byte[] id) throws MqttMessageException {
    if (id == null || id.length == 0) {
      return topic;
    }
    if (id.length != 8) {
      throw new MqttMessageException("gatewayID must be 8 bytes, got " + id.length);
    }
    GatewayId g = GatewayId.fromBytes(id);
    if (!g.equals(topic)) {
      throw new MqttMessageException(
          "gateway id " + g + " in the payload does not match " + topic + " in the topic");
    }
    return g;
  }
}
