package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.Optional;

/**
 * The MAC commands the specifications define, each with its CID octet, direction and payload
 * length. LoRaWAN 1.1 §5 Table 4 (also LoRaWAN 1.0.4 §5), Class B §14 Table 22 and Class C §18
 * Table 24. A CID value names one command per direction.
 */
public enum Cid {
  RESET_IND(0x01, Direction.UPLINK, 1, "ResetInd"),
  RESET_CONF(0x01, Direction.DOWNLINK, 1, "ResetConf"),
  LINK_CHECK_REQ(0x02, Direction.UPLINK, 0, "LinkCheckReq"),
  LINK_CHECK_ANS(0x02, Direction.DOWNLINK, 2, "LinkCheckAns"),
  LINK_ADR_REQ(0x03, Direction.DOWNLINK, 4, "LinkADRReq"),
  LINK_ADR_ANS(0x03, Direction.UPLINK, 1, "LinkADRAns"),
  DUTY_CYCLE_REQ(0x04, Direction.DOWNLINK, 1, "DutyCycleReq"),
  DUTY_CYCLE_ANS(0x04, Direction.UPLINK, 0, "DutyCycleAns"),
  RX_PARAM_SETUP_REQ(0x05, Direction.DOWNLINK, 4, "RXParamSetupReq"),
  RX_PARAM_SETUP_ANS(0x05, Direction.UPLINK, 1, "RXParamSetupAns"),
  DEV_STATUS_REQ(0x06, Direction.DOWNLINK, 0, "DevStatusReq"),
  DEV_STATUS_ANS(0x06, Direction.UPLINK, 2, "DevStatusAns"),
  NEW_CHANNEL_REQ(0x07, Direction.DOWNLINK, 5, "NewChannelReq"),
  NEW_CHANNEL_ANS(0x07, Direction.UPLINK, 1, "NewChannelAns"),
  RX_TIMING_SETUP_REQ(0x08, Direction.DOWNLINK, 1, "RXTimingSetupReq"),
  RX_TIMING_SETUP_ANS(0x08, Direction.UPLINK, 0, "RXTimingSetupAns"),
  TX_PARAM_SETUP_REQ(0x09, Direction.DOWNLINK, 1, "TxParamSetupReq"),
  TX_PARAM_SETUP_ANS(0x09, Direction.UPLINK, 0, "TxParamSetupAns"),
  DL_CHANNEL_REQ(0x0a, Direction.DOWNLINK, 4, "DlChannelReq"),
  DL_CHANNEL_ANS(0x0a, Direction.UPLINK, 1, "DlChannelAns"),
  REKEY_IND(0x0b, Direction.UPLINK, 1, "RekeyInd"),
  REKEY_CONF(0x0b, Direction.DOWNLINK, 1, "RekeyConf"),
  ADR_PARAM_SETUP_REQ(0x0c, Direction.DOWNLINK, 1, "ADRParamSetupReq"),
  ADR_PARAM_SETUP_ANS(0x0c, Direction.UPLINK, 0, "ADRParamSetupAns"),
  DEVICE_TIME_REQ(0x0d, Direction.UPLINK, 0, "DeviceTimeReq"),
  DEVICE_TIME_ANS(0x0d, Direction.DOWNLINK, 5, "DeviceTimeAns"),
  FORCE_REJOIN_REQ(0x0e, Direction.DOWNLINK, 2, "ForceRejoinReq"),
  REJOIN_PARAM_SETUP_REQ(0x0f, Direction.DOWNLINK, 1, "RejoinParamSetupReq"),
  REJOIN_PARAM_SETUP_ANS(0x0f, Direction.UPLINK, 1, "RejoinParamSetupAns"),
  PING_SLOT_INFO_REQ(0x10, Direction.UPLINK, 1, "PingSlotInfoReq"),
  PING_SLOT_INFO_ANS(0x10, Direction.DOWNLINK, 0, "PingSlotInfoAns"),
  PING_SLOT_CHANNEL_REQ(0x11, Direction.DOWNLINK, 4, "PingSlotChannelReq"),
  PING_SLOT_CHANNEL_ANS(0x11, Direction.UPLINK, 1, "PingSlotChannelAns"),
  BEACON_TIMING_REQ(0x12, Direction.UPLINK, 0, "BeaconTimingReq"),
  BEACON_TIMING_ANS(0x12, Direction.DOWNLINK, 3, "BeaconTimingAns"),
  BEACON_FREQ_REQ(0x13, Direction.DOWNLINK, 3, "BeaconFreqReq"),
  BEACON_FREQ_ANS(0x13, Direction.UPLINK, 1, "BeaconFreqAns"),
  DEVICE_MODE_IND(0x20, Direction.UPLINK, 1, "DeviceModeInd"),
  DEVICE_MODE_CONF(0x20, Direction.DOWNLINK, 1, "DeviceModeConf");

  private static final Cid[] UPLINK = new Cid[128];
  private static final Cid[] DOWNLINK = new Cid[128];

  static {
    for (Cid c : values()) {
      (c.direction == Direction.UPLINK ? UPLINK : DOWNLINK)[c.value] = c;
    }
  }

  private final int value;
  private final Direction direction;
  private final int payloadLength;
  private final String specName;

  Cid(int value, Direction direction, int payloadLength, String specName) {
    this.value = value;
    this.direction = direction;
    this.payloadLength = payloadLength;
    this.specName = specName;
  }

  /**
   * The command with CID {@code value} sent in {@code direction}, if the specifications define one.
   */
  public static Optional<Cid> of(Direction direction, int value) {
    if (direction == null) {
      throw new LorawanFormatException("MAC command CID lookup: the direction is missing");
    }
    return Optional.ofNullable(lookup(direction, value));
  }

  /** As {@link #of} but {@code null} when there is no such command; no allocation. */
  static Cid lookup(Direction direction, int value) {
    if (value < 0 || value >= 128) {
      return null;
    }
    return direction == Direction.UPLINK ? UPLINK[value] : DOWNLINK[value];
  }

  /** The CID octet. */
  public int value() {
    return value;
  }

  /** Who sends this command. */
  public Direction direction() {
    return direction;
  }

  /** The fixed number of payload octets after the CID. */
  public int payloadLength() {
    return payloadLength;
  }

  /** The command's name as the specification writes it ("LinkADRReq"). */
  public String specName() {
    return specName;
  }
}
