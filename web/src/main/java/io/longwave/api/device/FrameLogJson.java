package io.longwave.api.device;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.api.json.ProtoJson;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.framelog.LoggedFrame;
import io.longwave.framelog.LoggedUplink;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.PhyPayload;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;

/**
 * A logged frame as ChirpStack v3's device frame stream writes it: {@code
 * {"uplinkFrame":{"txInfo","rxInfo","phyPayloadJSON"}}} or {@code
 * {"downlinkFrame":{"txInfo","phyPayloadJSON","gatewayID"}}}; {@code phyPayloadJSON} is the
 * PHYPayload decoded as text (MHDR, FHDR, FPort, the still-encrypted FRMPayload, MIC; the
 * JoinEUI, DevEUI and DevNonce of a join-request).
 */
final class FrameLogJson {


  private FrameLogJson() {}

  static JsonObject frame(LoggedFrame f) {
    if (f instanceof LoggedUplink u) {
      JsonArrayBuilder rx = JSON.createArrayBuilder();
      for (UplinkRxInfo r : u.rxInfo()) {
        rx.add(JSON.createObjectBuilder()
            .add("gatewayID", r.gatewayId().toString())
            .add("time", ProtoJson.timestamp(r.gwTime()))
            .add("rssi", r.rssi())
            .add("loRaSNR", r.snr())
            .add("channel", r.channel())
            .add("rfChain", r.rfChain())
            .add("board", r.board())
            .add("antenna", r.antenna())
            .add("crcStatus", r.crcStatus().name()));
      }
      return JSON.createObjectBuilder().add("uplinkFrame", JSON.createObjectBuilder()
          .add("txInfo", modulation(JSON.createObjectBuilder()
              .add("frequency", u.txInfo().frequencyHz()), u.txInfo().modulation()))
          .add("rxInfo", rx)
          .add("phyPayloadJSON", phyPayloadJson(u.phyPayload()).toString())
          .add("receivedAt", ProtoJson.timestamp(u.time())))
          .build();
    }
    LoggedDownlink d = (LoggedDownlink) f;
    return JSON.createObjectBuilder().add("downlinkFrame", JSON.createObjectBuilder()
        .add("txInfo", modulation(JSON.createObjectBuilder()
            .add("gatewayID", d.gatewayId().toString())
            .add("frequency", d.txInfo().frequencyHz())
            .add("power", d.txInfo().powerDbm()), d.txInfo().modulation()))
        .add("phyPayloadJSON", phyPayloadJson(d.phyPayload()).toString())
        .add("gatewayID", d.gatewayId().toString())
        .add("txAckStatus", d.txAckStatus() == null ? "" : d.txAckStatus().name())
        .add("sentAt", ProtoJson.timestamp(d.time())))
        .build();
  }

  private static JsonObjectBuilder modulation(JsonObjectBuilder b, Modulation m) {
    if (m instanceof LoraModulation l) {
      return b.add("modulation", "LORA").add("loRaModulationInfo", JSON.createObjectBuilder()
          .add("bandwidth", l.bandwidthHz() / 1000)
          .add("spreadingFactor", l.spreadingFactor())
          .add("codeRate", l.codeRate().text())
          .add("polarizationInversion", l.polarizationInversion()));
    }
    if (m instanceof FskModulation fsk) {
      return b.add("modulation", "FSK").add("fskModulationInfo", JSON.createObjectBuilder()
          .add("frequencyDeviation", fsk.frequencyDeviationHz())
          .add("datarate", fsk.datarateBps()));
    }
    return b.add("modulation", "LR_FHSS");
  }

  /** The PHYPayload decoded; for bytes that do not decode, their hex. */
  static JsonObject phyPayloadJson(byte[] phy) {
    PhyPayload p;
    try {
      p = PhyPayload.decode(phy);
    } catch (LorawanFormatException e) {
      return JSON.createObjectBuilder().add("raw", Hex.encode(phy)).build();
    }
    JsonObjectBuilder o = JSON.createObjectBuilder().add("mhdr", JSON.createObjectBuilder()
        .add("mType", mTypeName(p.mType())).add("major", "LoRaWANR1"));
    if (p.mType().isData()) {
      MacPayload mac = p.macPayload();
      Fhdr h = mac.fhdr();
      JsonObjectBuilder fCtrl = JSON.createObjectBuilder();
      if (h.fCtrl() instanceof FCtrl.Uplink up) {
        fCtrl.add("adr", up.adr()).add("adrAckReq", up.adrAckReq()).add("ack", up.ack())
            .add("classB", up.classB());
      } else if (h.fCtrl() instanceof FCtrl.Downlink down) {
        fCtrl.add("adr", down.adr()).add("ack", down.ack()).add("fPending", down.fPending());
      }
      JsonObjectBuilder macJson = JSON.createObjectBuilder().add("fhdr", JSON.createObjectBuilder()
          .add("devAddr", h.devAddr().toString())
          .add("fCtrl", fCtrl)
          .add("fCnt", h.fCnt())
          .add("fOpts", Hex.encode(h.fOpts())));
      if (mac.fPort() != MacPayload.NO_F_PORT) {
        macJson.add("fPort", mac.fPort()).add("frmPayload", JSON.createArrayBuilder().add(
            JSON.createObjectBuilder().add("bytes",
                Base64.getEncoder().encodeToString(mac.frmPayload()))));
      }
      o.add("macPayload", macJson);
    } else if (p.payload() instanceof JoinRequestPayload j) {
      o.add("macPayload", JSON.createObjectBuilder()
          .add("joinEUI", j.joinEui().toString())
          .add("devEUI", j.devEui().toString())
          .add("devNonce", j.devNonce().value()));
    }
    if (p.hasMic()) {
      o.add("mic", Hex.encode(p.mic()));
    }
    return o.build();
  }

  /** ChirpStack's names of the message types, e.g. {@code UnconfirmedDataUp}. */
  private static String mTypeName(MType t) {
    StringBuilder b = new StringBuilder();
    for (String part : t.name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }
}
