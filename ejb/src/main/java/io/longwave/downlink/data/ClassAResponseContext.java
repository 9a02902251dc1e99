package io.longwave.downlink.data;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.downlink.ClassAResponse;
import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one Class A answer as {@link ClassADownlinkFlow}'s steps fill it in (ChirpStack's
 * {@code Data} context). Mutable; confined to the flow's thread.
 */
final class ClassAResponseContext {

  final ClassAResponse response;
  final DeviceSession session;
  final Region region;
  final long downlinkId;

  UplinkRxInfo gateway;
  final List<DownlinkItemDraft> drafts = new ArrayList<>(2);
  DeviceQueueItem queueItem;
  boolean moreQueueItems;
  final List<DownlinkItemDraft> items = new ArrayList<>(2);

  ClassAResponseContext(ClassAResponse response, Region region, long downlinkId) {
    this.response = response;
    this.session = response.session();
    this.region = region;
    this.downlinkId = downlinkId;
  }

  /** The largest N among the receive windows. */
  int bestMaxPayloadSize() {
    int best = 0;
    for (DownlinkItemDraft d : drafts) {
      best = Math.max(best, d.maxPayloadSize);
    }
    return best;
  }
}
