package io.longwave.mac;

import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The uplink channels of a session by index (RP002-1.0.3 §2.x.2): the region's default channels,
 * then for dynamic plans the extra channels of the CFList or NewChannelReq. A session whose
 * enabled set is empty has never been told otherwise and uses every defined channel, as a device
 * does after its join.
 */
final class SessionChannels {

  private SessionChannels() {}

  /** Every channel the device knows, index i at position i. */
  static List<Channel> all(Region region, DeviceSession session) {
    List<Channel> channels = new ArrayList<>(region.defaultUplinkChannels());
    if (!region.fixedChannelPlan()) {
      channels.addAll(session.extraUplinkChannels());
    }
    return channels;
  }

  /** The indices of {@link #all}. */
  static BitSet defined(Region region, DeviceSession session) {
    BitSet defined = new BitSet();
    defined.set(0, all(region, session).size());
    return defined;
  }

  /** The channels the device has enabled. */
  static BitSet enabled(Region region, DeviceSession session) {
    BitSet enabled = session.enabledUplinkChannels();
    return enabled.isEmpty() ? defined(region, session) : enabled;
  }

  /** The data rates of the enabled channels, one bit per DR index. */
  static int dataRates(List<Channel> channels, BitSet enabled) {
    int mask = 0;
    for (int i = enabled.nextSetBit(0); i >= 0; i = enabled.nextSetBit(i + 1)) {
      if (i >= channels.size()) {
        break;
      }
      Channel c = channels.get(i);
      for (int dr = c.minDr(); dr <= c.maxDr(); dr++) {
        mask |= 1 << dr;
      }
    }
    return mask;
  }
}
