package io.longwave.simulator.device;

import io.longwave.lorawan.mac.MacCommand;
import java.util.List;

/**
 * A data downlink as the device understood it, after MIC check and decryption (LoRaWAN 1.1
 * §4.3).
 *
 * @param confirmed a confirmed data down: the next uplink must set ACK
 * @param ack the ACK bit: acknowledges the device's last confirmed uplink
 * @param fPending the network has more to send
 * @param fPort the FPort, or -1 when absent
 * @param fCnt the full 32-bit downlink counter (FCntDown, or NFCntDown/AFCntDown in 1.1)
 * @param frmPayload the decrypted application payload (empty for FPort 0 or none)
 * @param macCommands the MAC commands from FOpts or the FPort 0 FRMPayload
 */
public record DownlinkData(
    boolean confirmed,
    boolean ack,
    boolean fPending,
    int fPort,
    long fCnt,
    byte[] frmPayload,
    List<MacCommand> macCommands) {

  public DownlinkData {
    frmPayload = frmPayload.clone();
    macCommands = List.copyOf(macCommands);
  }

  /** A copy of the decrypted application payload. */
  @Override
  public byte[] frmPayload() {
    return frmPayload.clone();
  }
}
