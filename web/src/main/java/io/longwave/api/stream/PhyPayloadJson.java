package io.longwave.api.stream;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.PhyPayload;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Base64;

/**
 * A PHYPayload (LoRaWAN 1.1 §4) as the {@code phyPayloadJSON} string of v3's frame logs
 * describes it: the MHDR, the MAC payload's header fields for data frames, the identifiers of a
 * join-request, the MIC; encrypted parts (FRMPayload, a join-accept) stay base64. A payload that
 * does not decode is shown as its bytes with the reason, never dropped.
 */
public final class PhyPayloadJson {

  private PhyPayloadJson() {}

  public static JsonObject of(byte[] phy) {
    JsonObjectBuilder b = JSON.createObjectBuilder();
    PhyPayload p;
    try {
      p = PhyPayload.decode(phy);
    } catch (LorawanFormatException | IllegalArgumentException e) {
      return b.add("bytes", Base64.getEncoder().encodeToString(phy))
          .add("error", String.valueOf(e.getMessage())).build();
    }
    b.add("mhdr", JSON.createObjectBuilder()
        .add("mType", mType(p.mType()))
        .add("major", "LoRaWANR1"));
    if (p.mType().isData()) {
      b.add("macPayload", mac(p.macPayload()));
    } else if (p.payload() instanceof JoinRequestPayload j) {
      b.add("macPayload", JSON.createObjectBuilder()
          .add("joinEUI", j.joinEui().toString())
          .add("devEUI", j.devEui().toString())
          .add("devNonce", j.devNonce().value()));
    } else {
      b.add("macPayload", JSON.createObjectBuilder().add("bytes",
          Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(phy, 1,
              Math.max(1, phy.length - (p.hasMic() ? 4 : 0))))));
    }
    if (p.hasMic()) {
      b.add("mic", Hex.encode(p.mic()));
    }
    return b.build();
  }

  private static JsonObject mac(MacPayload m) {
    FCtrl c = m.fhdr().fCtrl();
    JsonObjectBuilder fCtrl = JSON.createObjectBuilder().add("adr", c.adr()).add("ack", c.ack());
    if (c instanceof FCtrl.Uplink u) {
      fCtrl.add("adrAckReq", u.adrAckReq()).add("classB", u.classB());
    } else if (c instanceof FCtrl.Downlink d) {
      fCtrl.add("fPending", d.fPending());
    }
    JsonObjectBuilder b = JSON.createObjectBuilder()
        .add("fhdr", JSON.createObjectBuilder()
            .add("devAddr", m.fhdr().devAddr().toString())
            .add("fCtrl", fCtrl)
            .add("fCnt", m.fhdr().fCnt())
            .add("fOpts", Hex.encode(m.fhdr().fOpts())));
    if (m.hasFPort()) {
      b.add("fPort", m.fPort())
          .add("frmPayload", Base64.getEncoder().encodeToString(m.frmPayload()));
    }
    return b.build();
  }

  /** The names of brocaar/lorawan's MType JSON, which v3 prints. */
  static String mType(MType t) {
    return switch (t) {
      case JOIN_REQUEST -> "JoinRequest";
      case JOIN_ACCEPT -> "JoinAccept";
      case UNCONFIRMED_DATA_UP -> "UnconfirmedDataUp";
      case UNCONFIRMED_DATA_DOWN -> "UnconfirmedDataDown";
      case CONFIRMED_DATA_UP -> "ConfirmedDataUp";
      case CONFIRMED_DATA_DOWN -> "ConfirmedDataDown";
      case REJOIN_REQUEST -> "RejoinRequest";
      case PROPRIETARY -> "Proprietary";
    };
  }
}
