package io.longwave.uplink.join;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.downlink.join.JoinAcceptSent;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.lorawan.region.Region;
import io.longwave.network.NetworkRegionSettings;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;

/** What the steps of one join-request learn, in the order they learn it. Not thread-safe. */
final class JoinRequestContext {

  UplinkFrameSet set;
  final JoinRequestPayload request;
  Device device;
  DeviceProfile profile;
  Region region;
  NetworkRegionSettings network;
  int uplinkDr;
  int joinNonce;
  DevAddr devAddr;
  SessionKeys keys;
  DeviceSession session;
  JoinAcceptSent sent;

  JoinRequestContext(UplinkFrameSet set, JoinRequestPayload request) {
    this.set = set;
    this.request = request;
  }
}
