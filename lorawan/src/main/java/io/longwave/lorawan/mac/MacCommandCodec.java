package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Decodes and encodes sequences of MAC commands: the FOpts field, or the FRMPayload of a frame on
 * FPort 0, after decryption. LoRaWAN 1.1 §5 (also 1.0.4 §5). The direction picks the command for
 * each CID. A proprietary CID (0x80 to 0xff) takes the rest of the buffer, since its length is not
 * known; an unknown CID stops parsing and the rest is kept as {@link Unknown}. A known command cut
 * short by the end of the buffer is an error. Stateless and thread-safe.
 */
public final class MacCommandCodec {

  private MacCommandCodec() {}

  /**
   * The commands in {@code bytes}, in order. The list is unmodifiable.
   *
   * @param direction who sent the bytes
   * @param bytes the decrypted FOpts or FPort 0 FRMPayload; may be empty
   * @throws LorawanFormatException when an argument is missing or a known command is truncated
   */
  public static List<MacCommand> decode(Direction direction, byte[] bytes) {
    if (direction == null) {
      throw new LorawanFormatException("MAC commands: the direction is missing");
    }
    if (bytes == null) {
      throw new LorawanFormatException("MAC commands: the bytes are missing");
    }
    List<MacCommand> commands = new ArrayList<>(4);
    int i = 0;
    while (i < bytes.length) {
      int cid = bytes[i] & 0xff;
      if (cid >= 0x80) {
        commands.add(new Proprietary(cid, Arrays.copyOfRange(bytes, i + 1, bytes.length)));
        break;
      }
      Cid type = Cid.lookup(direction, cid);
      if (type == null) {
        commands.add(new Unknown(cid, Arrays.copyOfRange(bytes, i + 1, bytes.length)));
        break;
      }
      int available = bytes.length - i - 1;
      if (available < type.payloadLength()) {
        throw truncated(type, i, available);
      }
      commands.add(read(type, bytes, i + 1));
      i += 1 + type.payloadLength();
    }
    return Collections.unmodifiableList(commands);
  }

  /**
   * The bytes of {@code commands}, in order: each CID followed by its payload.
   *
   * @throws LorawanFormatException when the list or one of its commands is missing
   */
  public static byte[] encode(List<? extends MacCommand> commands) {
    if (commands == null) {
      throw new LorawanFormatException("MAC commands: the list is missing");
    }
    int length = 0;
    for (int i = 0; i < commands.size(); i++) {
      length += encodedLength(commands.get(i));
    }
    byte[] out = new byte[length];
    int offset = 0;
    for (int i = 0; i < commands.size(); i++) {
      MacCommand c = commands.get(i);
      out[offset] = (byte) c.cid();
      write(c, out, offset + 1);
      offset += 1 + c.payloadLength();
    }
    return out;
  }

  /**
   * The number of octets {@code command} takes when encoded: the CID plus its payload.
   *
   * @throws LorawanFormatException when the command is missing
   */
  public static int encodedLength(MacCommand command) {
    if (command == null) {
      throw new LorawanFormatException("MAC commands: a command is missing");
    }
    return 1 + command.payloadLength();
  }

  private static LorawanFormatException truncated(Cid type, int offset, int available) {
    int missing = type.payloadLength() - available;
    return new LorawanFormatException(
        type.specName()
            + " (CID 0x"
            + Integer.toHexString(type.value())
            + ") at offset "
            + offset
            + " needs "
            + type.payloadLength()
            + " payload bytes, got "
            + available
            + " ("
            + missing
            + (missing == 1 ? " byte" : " bytes")
            + " missing)");
  }

  private static StandardMacCommand read(Cid type, byte[] b, int offset) {
    return switch (type) {
      case RESET_IND -> ResetInd.read(b, offset);
      case RESET_CONF -> ResetConf.read(b, offset);
      case LINK_CHECK_REQ -> LinkCheckReq.INSTANCE;
      case LINK_CHECK_ANS -> LinkCheckAns.read(b, offset);
      case LINK_ADR_REQ -> LinkAdrReq.read(b, offset);
      case LINK_ADR_ANS -> LinkAdrAns.read(b, offset);
      case DUTY_CYCLE_REQ -> DutyCycleReq.read(b, offset);
      case DUTY_CYCLE_ANS -> DutyCycleAns.INSTANCE;
      case RX_PARAM_SETUP_REQ -> RxParamSetupReq.read(b, offset);
      case RX_PARAM_SETUP_ANS -> RxParamSetupAns.read(b, offset);
      case DEV_STATUS_REQ -> DevStatusReq.INSTANCE;
      case DEV_STATUS_ANS -> DevStatusAns.read(b, offset);
      case NEW_CHANNEL_REQ -> NewChannelReq.read(b, offset);
      case NEW_CHANNEL_ANS -> NewChannelAns.read(b, offset);
      case RX_TIMING_SETUP_REQ -> RxTimingSetupReq.read(b, offset);
      case RX_TIMING_SETUP_ANS -> RxTimingSetupAns.INSTANCE;
      case TX_PARAM_SETUP_REQ -> TxParamSetupReq.read(b, offset);
      case TX_PARAM_SETUP_ANS -> TxParamSetupAns.INSTANCE;
      case DL_CHANNEL_REQ -> DlChannelReq.read(b, offset);
      case DL_CHANNEL_ANS -> DlChannelAns.read(b, offset);
      case REKEY_IND -> RekeyInd.read(b, offset);
      case REKEY_CONF -> RekeyConf.read(b, offset);
      case ADR_PARAM_SETUP_REQ -> AdrParamSetupReq.read(b, offset);
      case ADR_PARAM_SETUP_ANS -> AdrParamSetupAns.INSTANCE;
      case DEVICE_TIME_REQ -> DeviceTimeReq.INSTANCE;
      case DEVICE_TIME_ANS -> DeviceTimeAns.read(b, offset);
      case FORCE_REJOIN_REQ -> ForceRejoinReq.read(b, offset);
      case REJOIN_PARAM_SETUP_REQ -> RejoinParamSetupReq.read(b, offset);
      case REJOIN_PARAM_SETUP_ANS -> RejoinParamSetupAns.read(b, offset);
      case PING_SLOT_INFO_REQ -> PingSlotInfoReq.read(b, offset);
      case PING_SLOT_INFO_ANS -> PingSlotInfoAns.INSTANCE;
      case PING_SLOT_CHANNEL_REQ -> PingSlotChannelReq.read(b, offset);
      case PING_SLOT_CHANNEL_ANS -> PingSlotChannelAns.read(b, offset);
      case BEACON_TIMING_REQ -> BeaconTimingReq.INSTANCE;
      case BEACON_TIMING_ANS -> BeaconTimingAns.read(b, offset);
      case BEACON_FREQ_REQ -> BeaconFreqReq.read(b, offset);
      case BEACON_FREQ_ANS -> BeaconFreqAns.read(b, offset);
      case DEVICE_MODE_IND -> DeviceModeInd.read(b, offset);
      case DEVICE_MODE_CONF -> DeviceModeConf.read(b, offset);
    };
  }

  private static void write(MacCommand command, byte[] b, int offset) {
    if (command instanceof Proprietary p) {
      p.write(b, offset);
      return;
    }
    if (command instanceof Unknown u) {
      u.write(b, offset);
      return;
    }
    StandardMacCommand c = (StandardMacCommand) command;
    switch (c.type()) {
      case RESET_IND -> ((ResetInd) c).write(b, offset);
      case RESET_CONF -> ((ResetConf) c).write(b, offset);
      case LINK_CHECK_ANS -> ((LinkCheckAns) c).write(b, offset);
      case LINK_ADR_REQ -> ((LinkAdrReq) c).write(b, offset);
      case LINK_ADR_ANS -> ((LinkAdrAns) c).write(b, offset);
      case DUTY_CYCLE_REQ -> ((DutyCycleReq) c).write(b, offset);
      case RX_PARAM_SETUP_REQ -> ((RxParamSetupReq) c).write(b, offset);
      case RX_PARAM_SETUP_ANS -> ((RxParamSetupAns) c).write(b, offset);
      case DEV_STATUS_ANS -> ((DevStatusAns) c).write(b, offset);
      case NEW_CHANNEL_REQ -> ((NewChannelReq) c).write(b, offset);
      case NEW_CHANNEL_ANS -> ((NewChannelAns) c).write(b, offset);
      case RX_TIMING_SETUP_REQ -> ((RxTimingSetupReq) c).write(b, offset);
      case TX_PARAM_SETUP_REQ -> ((TxParamSetupReq) c).write(b, offset);
      case DL_CHANNEL_REQ -> ((DlChannelReq) c).write(b, offset);
      case DL_CHANNEL_ANS -> ((DlChannelAns) c).write(b, offset);
      case REKEY_IND -> ((RekeyInd) c).write(b, offset);
      case REKEY_CONF -> ((RekeyConf) c).write(b, offset);
      case ADR_PARAM_SETUP_REQ -> ((AdrParamSetupReq) c).write(b, offset);
      case DEVICE_TIME_ANS -> ((DeviceTimeAns) c).write(b, offset);
      case FORCE_REJOIN_REQ -> ((ForceRejoinReq) c).write(b, offset);
      case REJOIN_PARAM_SETUP_REQ -> ((RejoinParamSetupReq) c).write(b, offset);
      case REJOIN_PARAM_SETUP_ANS -> ((RejoinParamSetupAns) c).write(b, offset);
      case PING_SLOT_INFO_REQ -> ((PingSlotInfoReq) c).write(b, offset);
      case PING_SLOT_CHANNEL_REQ -> ((PingSlotChannelReq) c).write(b, offset);
      case PING_SLOT_CHANNEL_ANS -> ((PingSlotChannelAns) c).write(b, offset);
      case BEACON_TIMING_ANS -> ((BeaconTimingAns) c).write(b, offset);
      case BEACON_FREQ_REQ -> ((BeaconFreqReq) c).write(b, offset);
      case BEACON_FREQ_ANS -> ((BeaconFreqAns) c).write(b, offset);
      case DEVICE_MODE_IND -> ((DeviceModeInd) c).write(b, offset);
      case DEVICE_MODE_CONF -> ((DeviceModeConf) c).write(b, offset);
      default -> {
        // commands without payload
      }
    }
  }
}
