package io.longwave.api.stream;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;

/**
 * A logged frame as one message of v3's {@code StreamGatewayFrameLogs} (and {@code
 * StreamDeviceFrameLogs}): {@code {"uplinkFrame":{"txInfo","rxInfo","phyPayloadJSON"}}} or {@code
 * {"downlinkFrame":{"txInfo","phyPayloadJSON"}}}, the radio metadata as gw.proto's JSON (ids in
 * hex), the PHYPayload as a JSON string from {@link PhyPayloadJson}. Longwave adds the time the
 * network server logged the frame and, for downlinks, the TX acknowledgement once known.
 */
public final class FrameLogJson {

  private FrameLogJson() {}

  /** The stream line: {@code {"result":{...}}}. */
  public static JsonObject result(LoggedFrame frame) {
    return JSON.createObjectBuilder().add("result", of(frame)).build();
  }

  public static JsonObject of(LoggedFrame frame) {
    if (frame instanceof LoggedUplink u) {
      JsonArrayBuilder rx = JSON.createArrayBuilder();
      u.rxInfo().forEach(r -> rx.add(rxInfo(r)));
      return JSON.createObjectBuilder().add("uplinkFrame", JSON.createObjectBuilder()
          .add("txInfo", txInfo(u.txInfo()))
          .add("rxInfo", rx)
          .add("phyPayloadJSON", PhyPayloadJson.of(u.phyPayload()).toString())
          .add("publishedAt", ProtoJson.timestamp(u.time()))).build();
    }
    LoggedDownlink d = (LoggedDownlink) frame;
    JsonObjectBuilder down = JSON.createObjectBuilder()
        .add("txInfo", txInfo(d))
        .add("phyPayloadJSON", PhyPayloadJson.of(d.phyPayload()).toString())
        .add("publishedAt", ProtoJson.timestamp(d.time()))
        .add("downlinkID", ProtoJson.int64(d.downlinkId()));
    if (d.acknowledged()) {
      down.add("txAckStatus", d.txAckStatus().name());
    }
    return JSON.createObjectBuilder().add("downlinkFrame", down).build();
  }

  private static JsonObject txInfo(UplinkTxInfo t) {
    JsonObjectBuilder b = JSON.createObjectBuilder().add("frequency", t.frequencyHz());
    modulation(t.modulation(), b);
    return b.build();
  }

  private static JsonObject txInfo(LoggedDownlink d) {
    DownlinkTxInfo t = d.txInfo();
    JsonObjectBuilder b = JSON.createObjectBuilder()
        .add("gatewayID", d.gatewayId().toString())
        .add("frequency", t.frequencyHz())
        .add("power", t.powerDbm())
        .add("board", t.board())
        .add("antenna", t.antenna());
    modulation(t.modulation(), b);
    DownlinkTiming timing = t.timing();
    if (timing instanceof DownlinkTiming.Delay delay) {
      b.add("timing", "DELAY").add("delayTimingInfo",
          JSON.createObjectBuilder().add("delay", ProtoJson.duration(delay.delay())));
    } else if (timing instanceof DownlinkTiming.GpsEpoch gps) {
      b.add("timing", "GPS_EPOCH").add("gpsEpochTimingInfo", JSON.createObjectBuilder()
          .add("timeSinceGPSEpoch", ProtoJson.duration(gps.timeSinceGpsEpoch())));
    } else {
      b.add("timing", "IMMEDIATELY");
    }
    return b.build();
  }

  private static void modulation(Modulation m, JsonObjectBuilder b) {
    if (m instanceof LoraModulation l) {
      b.add("modulation", "LORA").add("loRaModulationInfo", JSON.createObjectBuilder()
          .add("bandwidth", l.bandwidthHz() / 1000)
          .add("spreadingFactor", l.spreadingFactor())
          .add("codeRate", l.codeRate().text())
          .add("polarizationInversion", l.polarizationInversion()));
    } else if (m instanceof FskModulation f) {
      b.add("modulation", "FSK").add("fskModulationInfo", JSON.createObjectBuilder()
          .add("frequencyDeviation", f.frequencyDeviationHz())
          .add("datarate", f.datarateBps()));
    } else if (m instanceof LrFhssModulation f) {
      b.add("modulation", "LR_FHSS").add("lrFHSSModulationInfo", JSON.createObjectBuilder()
          .add("operatingChannelWidth", f.operatingChannelWidthHz())
          .add("codeRate", f.codeRate().text())
          .add("gridSteps", f.gridSteps()));
    }
  }

  private static JsonObject rxInfo(UplinkRxInfo r) {
    JsonObjectBuilder b = JSON.createObjectBuilder()
        .add("gatewayID", r.gatewayId().toString())
        .add("uplinkID", ProtoJson.int64(r.uplinkId()))
        .add("time", ProtoJson.timestamp(r.gwTime()))
        .add("rssi", r.rssi())
        .add("loRaSNR", r.snr())
        .add("channel", r.channel())
        .add("rfChain", r.rfChain())
        .add("board", r.board())
        .add("antenna", r.antenna())
        .add("crcStatus", r.crcStatus() == null ? "NO_CRC" : r.crcStatus().name())
        .add("context", Base64.getEncoder().encodeToString(
            r.context() == null ? new byte[0] : r.context()));
    if (r.timeSinceGpsEpoch() != null) {
      b.add("timeSinceGPSEpoch", ProtoJson.duration(r.timeSinceGpsEpoch()));
    }
    if (r.location() != null) {
      b.add("location", JSON.createObjectBuilder()
          .add("latitude", r.location().latitude())
          .add("longitude", r.location().longitude())
          .add("altitude", r.location().altitude())
          .add("source", r.location().source().name()));
    }
    return b.build();
  }
}
