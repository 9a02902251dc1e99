package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §5.2 (also 1.0.4) LinkCheckAns, downlink: the network's answer to a LinkCheckReq.
 *
 * @param margin the demodulation margin in dB of the last LinkCheckReq above the demodulation
 *     floor, 0 to 254 (255 is reserved but kept when received)
 * @param gwCnt the number of gateways that received the last LinkCheckReq, 0 to 255
 */
public record LinkCheckAns(int margin, int gwCnt) implements StandardMacCommand {

  public LinkCheckAns {
    MacFields.range("LinkCheckAns", "Margin", margin, 0, 255);
    MacFields.range("LinkCheckAns", "GwCnt", gwCnt, 0, 255);
  }

  @Override
  public Cid type() {
    return Cid.LINK_CHECK_ANS;
  }

  static LinkCheckAns read(byte[] b, int offset) {
    return new LinkCheckAns(MacFields.u8(b, offset), MacFields.u8(b, offset + 1));
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) margin;
    b[offset + 1] = (byte) gwCnt;
  }
}
