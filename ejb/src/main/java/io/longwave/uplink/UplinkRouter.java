package io.longwave.uplink;

import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.PhyPayload;
import io.longwave.uplink.data.DataUplinkFlow;
import io.longwave.uplink.data.JoinRequests;
import io.longwave.uplink.data.RejoinRequests;
import io.longwave.uplink.data.UplinkDrops;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * The first step after de-duplication (ChirpStack {@code uplink::handle_uplink}): decodes the
 * PHYPayload (LoRaWAN 1.0.4 §4.2, 1.1 §4.2) and hands it on by MType: join-requests to the join
 * flow, data uplinks to {@link DataUplinkFlow}, rejoin-requests to the rejoin flow. Proprietary
 * frames are counted and ignored; a malformed frame or a downlink MType is counted as a drop with
 * its reason.
 *
 * <p>Threading: thread-safe when its flows are. Failure modes: malformed frames never throw;
 * exceptions of the flows propagate.
 */
public final class UplinkRouter {

  private static final Logger LOG = System.getLogger(UplinkRouter.class.getName());

  private final JoinRequests joinRequests;
  private final DataUplinkFlow dataUplinks;
  private final RejoinRequests rejoinRequests;
  private final UplinkDrops drops;

  public UplinkRouter(
      JoinRequests joinRequests,
      DataUplinkFlow dataUplinks,
      RejoinRequests rejoinRequests,
      UplinkDrops drops) {
    this.joinRequests = joinRequests;
    this.dataUplinks = dataUplinks;
    this.rejoinRequests = rejoinRequests;
    this.drops = drops;
  }

  /** Routes one uplink. */
  public void route(UplinkFrameSet uplink) {
    PhyPayload phy;
    try {
      phy = PhyPayload.decode(uplink.phyPayload());
    } catch (LorawanFormatException e) {
      drops.count(UplinkDrops.INVALID_PHY_PAYLOAD);
      LOG.log(Level.INFO, "uplink {0} dropped, invalid PHYPayload: {1}",
          uplink.deduplicationId(), e.getMessage());
      return;
    }
    switch (phy.mType()) {
      case JOIN_REQUEST -> joinRequests.handle(uplink, phy);
      case UNCONFIRMED_DATA_UP, CONFIRMED_DATA_UP -> dataUplinks.handle(uplink, phy);
      case REJOIN_REQUEST -> rejoinRequests.handle(uplink, phy);
      case PROPRIETARY -> drops.count(UplinkDrops.PROPRIETARY);
      default -> {
        drops.count(UplinkDrops.DOWNLINK_MTYPE);
        LOG.log(Level.INFO, "uplink {0} dropped, {1} is a downlink message type",
            uplink.deduplicationId(), phy.mType());
      }
    }
  }
}
