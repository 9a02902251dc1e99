package io.longwave.mac;

import io.longwave.lorawan.mac.MacCommand;
import java.util.List;

/**
 * What handling an uplink's MAC commands gives: the answers for the next downlink, and whether
 * one must be sent even without application data (a LinkCheckReq or DeviceTimeReq was asked,
 * or an answer must be confirmed such as RXParamSetupAns, RekeyInd or DeviceModeInd).
 *
 * @param answers the answers, in the order of the requests
 * @param mustRespond a downlink must go out
 */
public record MacOutcome(List<MacCommand> answers, boolean mustRespond) {

  public MacOutcome {
    answers = List.copyOf(answers);
  }

  /** Nothing to answer. */
  public static MacOutcome none() {
    return new MacOutcome(List.of(), false);
  }
}
