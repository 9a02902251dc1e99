package io.longwave.lorawan.mac;

/**
 * LoRaWAN 1.1 §18.1 (Class C) DeviceModeConf, downlink: the network acknowledges a DeviceModeInd,
 * echoing the class. Class values (Table 25): 0x00 Class A, 0x01 RFU, 0x02 Class C, 0x03..0xff RFU.
 *
 * @param deviceClass the Class octet, 0 to 255
 */
public record DeviceModeConf(int deviceClass) implements StandardMacCommand {

  /** Class value for Class A. */
  public static final int CLASS_A = 0x00;

  /** Class value for Class C. */
  public static final int CLASS_C = 0x02;

  public DeviceModeConf {
    MacFields.range("DeviceModeConf", "Class", deviceClass, 0, 255);
  }

  /** True for Class A. */
  public boolean classA() {
    return deviceClass == CLASS_A;
  }

  /** True for Class C. */
  public boolean classC() {
    return deviceClass == CLASS_C;
  }

  @Override
  public Cid type() {
    return Cid.DEVICE_MODE_CONF;
  }

  static DeviceModeConf read(byte[] b, int offset) {
    return new DeviceModeConf(MacFields.u8(b, offset));
  }

  void write(byte[] b, int offset) {
    b[offset] = (byte) deviceClass;
  }
}
