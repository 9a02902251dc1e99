package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

/**
 * A MAC command defined by LoRaWAN 1.0.4 §5, LoRaWAN 1.1 §5, Class B §14 or Class C §18. Each
 * record knows its {@link Cid}, which gives the CID octet, the direction and the payload length.
 * Switch on {@link #type()} to dispatch without reflection.
 */
public sealed interface StandardMacCommand extends MacCommand
    permits ResetInd,
        ResetConf,
        LinkCheckReq,
        LinkCheckAns,
        LinkAdrReq,
        LinkAdrAns,
        DutyCycleReq,
        DutyCycleAns,
        RxParamSetupReq,
        RxParamSetupAns,
        DevStatusReq,
        DevStatusAns,
        NewChannelReq,
        NewChannelAns,
        RxTimingSetupReq,
        RxTimingSetupAns,
        TxParamSetupReq,
        TxParamSetupAns,
        DlChannelReq,
        DlChannelAns,
        RekeyInd,
        RekeyConf,
        AdrParamSetupReq,
        AdrParamSetupAns,
        DeviceTimeReq,
        DeviceTimeAns,
        ForceRejoinReq,
        RejoinParamSetupReq,
        RejoinParamSetupAns,
        PingSlotInfoReq,
        PingSlotInfoAns,
        PingSlotChannelReq,
        PingSlotChannelAns,
        BeaconTimingReq,
        BeaconTimingAns,
        BeaconFreqReq,
        BeaconFreqAns,
        DeviceModeInd,
        DeviceModeConf {

  /** Which command this is. */
  Cid type();

  /** Who sends this command. */
  default Direction direction() {
    return type().direction();
  }

  @Override
  default int cid() {
    return type().value();
  }

  @Override
  default int payloadLength() {
    return type().payloadLength();
  }
}
