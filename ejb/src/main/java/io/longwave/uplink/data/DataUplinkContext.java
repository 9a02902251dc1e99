package io.longwave.uplink.data;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.region.Region;
import io.longwave.mac.MacOutcome;
import io.longwave.session.DeviceSession;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Instant;
import java.util.List;

/**
 * The working state of one data uplink as {@link DataUplinkFlow}'s steps fill it in (ChirpStack's
 * {@code uplink::data::Data}). Threading: confined to the thread handling the uplink.
 */
final class DataUplinkContext {

  UplinkFrameSet uplink;
  final PhyPayload phy;
  final MacPayload macPayload;
  final FCtrl.Uplink fCtrl;
  final byte[] phyBytes;
  final Instant now;

  DeviceSession session;
  /** The stored session when {@link #session} is its pending rejoin session; otherwise null. */
  DeviceSession pendingRejoinOwner;
  Region region;
  long fullFCnt = -1;
  int uplinkDr;
  int uplinkChannel;
  Device device;
  DeviceProfile profile;
  boolean counterReset;

  List<MacCommand> uplinkMacCommands = List.of();
  MacOutcome macOutcome = MacOutcome.none();
  List<MacCommand> macRequests = List.of();
  DeviceQueueItem pendingItem;
  final BufferedApplicationEvents macEvents = new BufferedApplicationEvents();

  DataUplinkContext(UplinkFrameSet uplink, PhyPayload phy, Instant now) {
    this.uplink = uplink;
    this.phy = phy;
    this.macPayload = phy.macPayload();
    this.fCtrl = (FCtrl.Uplink) macPayload.fhdr().fCtrl();
    this.phyBytes = phy.encode();
    this.now = now;
  }

  void matched(SessionMatch m) {
    session = m.session();
    pendingRejoinOwner = m.owner();
    region = m.region();
    fullFCnt = m.fullFCnt();
    uplinkDr = m.uplinkDr();
    uplinkChannel = m.uplinkChannel();
  }

  boolean confirmed() {
    return phy.mType() == MType.CONFIRMED_DATA_UP;
  }
}
