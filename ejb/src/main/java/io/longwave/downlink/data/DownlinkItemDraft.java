package io.longwave.downlink.data;

import io.longwave.downlink.DownlinkCounter;
import io.longwave.downlink.ReceiveWindows;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.mac.MacCommand;
import java.util.List;

/**
 * One receive window's frame while a Class A answer is built: its transmission, how much it can
 * carry, and what was put in it. Mutable; confined to the flow's thread.
 */
final class DownlinkItemDraft {

  final ReceiveWindows.Rx rx;
  /** N of the window's data rate: FRMPayload plus FOpts bytes the frame may carry. */
  final int maxPayloadSize;

  boolean carriesQueueItem;
  List<MacCommand> fOptsCommands = List.of();
  List<MacCommand> fPortZeroCommands = List.of();
  boolean fPending;
  int fPort = MacPayload.NO_F_PORT;
  byte[] frmPayload = new byte[0];
  long fCnt;
  DownlinkCounter counter = DownlinkCounter.NETWORK;
  boolean confirmed;
  byte[] phyPayload;

  DownlinkItemDraft(ReceiveWindows.Rx rx, int maxPayloadSize) {
    this.rx = rx;
    this.maxPayloadSize = maxPayloadSize;
  }

  /** True when the frame carries application data or MAC commands. */
  boolean hasContent() {
    return carriesQueueItem || !fOptsCommands.isEmpty() || !fPortZeroCommands.isEmpty();
  }
}
