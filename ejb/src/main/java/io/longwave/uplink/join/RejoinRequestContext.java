package io.longwave.uplink.join;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.downlink.join.JoinAcceptSent;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.RejoinRequestPayload;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Region;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;

/** What the steps of one rejoin-request learn, in the order they learn it. Not thread-safe. */
final class RejoinRequestContext {

  final UplinkFrameSet set;
  final RejoinRequestPayload request;
  final JoinRequestType joinReqType;
  final int rjCount;
  Device device;
  DeviceProfile profile;
  Region region;
  NetworkRegionSettings network;
  /** The session the request is made from; may be null for type 1. */
  DeviceSession current;
  Eui64 joinEui;
  int uplinkDr;
  int joinNonce;
  DevAddr devAddr;
  SessionKeys keys;
  DeviceSession session;
  JoinAcceptSent sent;

  RejoinRequestContext(UplinkFrameSet set, RejoinRequestPayload request) {
    this.set = set;
    this.request = request;
    if (request instanceof RejoinRequestPayload.Type1 t1) {
      joinReqType = JoinRequestType.REJOIN_TYPE_1;
      rjCount = t1.rjCount1();
    } else {
      RejoinRequestPayload.Type02 t02 = (RejoinRequestPayload.Type02) request;
      joinReqType =
          t02.rejoinType() == 0 ? JoinRequestType.REJOIN_TYPE_0 : JoinRequestType.REJOIN_TYPE_2;
      rjCount = t02.rjCount0();
    }
  }

  boolean type1() {
    return joinReqType == JoinRequestType.REJOIN_TYPE_1;
  }

  boolean type2() {
    return joinReqType == JoinRequestType.REJOIN_TYPE_2;
  }
}
