package io.longwave.uplink.data;

import io.longwave.adr.UplinkMetrics;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Device state a data uplink tells the network (ChirpStack {@code uplink::data} steps {@code
 * handle_class_b_beacon_locked}, {@code reset_channels_on_adr_ack_req}, {@code
 * append_meta_data_to_uplink_history} and the session's last uplink gateway). Stateless.
 */
final class UplinkSessionState {

  private UplinkSessionState() {}

  /**
   * LoRaWAN 1.0.4 §4.3.1: a device of a Class B profile says with the FCtrl ClassB bit whether
   * it is beacon-locked (Class B) or back in Class A.
   */
  static void setDeviceClass(DeviceSession s, DeviceProfile profile, FCtrl.Uplink fCtrl) {
    if (!profile.supportsClassB()) {
      return;
    }
    if (fCtrl.classB()) {
      s.deviceClass(DeviceClass.B);
    } else if (s.deviceClass() == DeviceClass.B) {
      s.deviceClass(DeviceClass.A);
    }
  }

  /**
   * After an ADRACKReq the device may have gone back to its default channels without saying so;
   * the session forgets the extra channels and masks, so MAC handling sends them again.
   */
  static void resetChannels(DeviceSession s, Region region) {
    BitSet defaults = new BitSet();
    defaults.set(0, region.defaultUplinkChannels().size());
    s.enabledUplinkChannels(defaults);
    s.extraUplinkChannels(List.of());
  }

  /**
   * The receptions of the uplink, best first and one per gateway, for Class B and C downlinks,
   * multicast gateway sets and the Class A lock. A gateway that gave the reception's time since
   * the GPS epoch counts as GPS-synchronised.
   */
  static List<LastUplinkGateway> lastUplinkGateways(UplinkFrameSet uplink, Instant now) {
    Map<GatewayId, LastUplinkGateway> byGateway = new LinkedHashMap<>();
    for (UplinkRxInfo rx : uplink.rxInfo()) { // best first
      byGateway.putIfAbsent(rx.gatewayId(), new LastUplinkGateway(rx.gatewayId(), rx.board(),
          rx.antenna(), now, rx.snr(), rx.timeSinceGpsEpoch() != null));
    }
    return List.copyOf(byGateway.values());
  }

  /** The ADR metrics of this uplink: best SNR and RSSI and the number of receptions. */
  static UplinkMetrics metrics(UplinkFrameSet uplink, long fullFCnt, DeviceSession s) {
    List<UplinkRxInfo> rx = uplink.rxInfo();
    double maxSnr = rx.get(0).snr();
    int maxRssi = rx.get(0).rssi();
    for (int i = 1; i < rx.size(); i++) {
      maxSnr = Math.max(maxSnr, rx.get(i).snr());
      maxRssi = Math.max(maxRssi, rx.get(i).rssi());
    }
    return new UplinkMetrics(fullFCnt, maxSnr, maxRssi, s.txPowerIndex(), rx.size());
  }
}
