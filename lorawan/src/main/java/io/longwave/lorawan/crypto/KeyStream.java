package io.longwave.lorawan.crypto;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;

/** The A block shared by FRMPayload and FOpts encryption (LoRaWAN 1.1 §4.3.1.6, §4.3.3). */
final class KeyStream {

  private KeyStream() {}

  /** 0x01 | 0x00 0x00 0x00 | {@code byte4} | Dir | DevAddr (LE) | FCnt (LE) | 0x00 | 0x00. */
  static void fillA(byte[] a, int byte4, Direction dir, DevAddr devAddr, int fCnt) {
    int addr = devAddr.value();
    a[0] = 0x01;
    a[1] = 0;
    a[2] = 0;
    a[3] = 0;
    a[4] = (byte) byte4;
    a[5] = (byte) dir.dir();
    a[6] = (byte) addr;
    a[7] = (byte) (addr >>> 8);
    a[8] = (byte) (addr >>> 16);
    a[9] = (byte) (addr >>> 24);
    a[10] = (byte) fCnt;
    a[11] = (byte) (fCnt >>> 8);
    a[12] = (byte) (fCnt >>> 16);
    a[13] = (byte) (fCnt >>> 24);
    a[14] = 0;
    a[15] = 0;
  }
}
