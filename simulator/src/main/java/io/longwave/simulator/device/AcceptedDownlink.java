package io.longwave.simulator.device;

/**
 * A data downlink a device accepted (LoRaWAN 1.1 §4.3.1.2 for the ACK bit).
 *
 * @param data the verified and decrypted downlink
 * @param acknowledgedUplink its ACK bit acknowledged the device's last uplink, which was
 *     confirmed and not yet acknowledged
 */
public record AcceptedDownlink(DownlinkData data, boolean acknowledgedUplink) {}
