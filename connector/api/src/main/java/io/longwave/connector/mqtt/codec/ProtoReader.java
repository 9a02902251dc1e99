package io.longwave.connector.mqtt.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the protocol-buffers wire format (varints, 32- and 64-bit fixed values, length-delimited
 * fields) from a byte range, refusing anything that runs past its end. Unknown fields are
 * skipped, as proto3 requires. Written by hand so that the adapter needs neither generated code
 * nor a protobuf runtime for the handful of ChirpStack gateway messages.
 */
final class ProtoReader {

  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  private final byte[] b;
  private int pos;
  private final int end;
  private int tag;

  ProtoReader(byte[] b) {
    this(b, 0, b.length);
  }

  private ProtoReader(byte[] b, int from, int to) {
    this.b = b;
    this.pos = from;
    this.end = to;
  }

  /** Advances to the next field; false at the end. */
  boolean next() throws MqttMessageException {
    if (pos >= end) {
      return false;
    }
    long t = varint();
    if (t >>> 3 == 0 || t > Integer.MAX_VALUE) {
      throw new MqttMessageException("protobuf field number 0 or too large");
    }
    tag = (int) t;
    return true;
  }

  int field() {
    return tag >>> 3;
  }

  int wireType() {
    return tag & 7;
  }

  long varint() throws MqttMessageException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= end) {
        throw new MqttMessageException("protobuf varint runs past the end");
      }
      byte x = b[pos++];
      v |= (long) (x & 0x7f) << shift;
      if (x >= 0) {
        return v;
      }
    }
    throw new MqttMessageException("protobuf varint longer than 10 bytes");
  }

  long uint(String name) throws MqttMessageException {
    expect(VARINT, name);
    return varint();
  }

  int int32(String name) throws MqttMessageException {
    expect(VARINT, name);
    return (int) varint();
  }

  boolean bool(String name) throws MqttMessageException {
    return uint(name) != 0;
  }

  double fixedDouble(String name) throws MqttMessageException {
    expect(FIXED64, name);
    return Double.longBitsToDouble(fixed(8));
  }

  float fixedFloat(String name) throws MqttMessageException {
    expect(FIXED32, name);
    return Float.intBitsToFloat((int) fixed(4));
  }

  byte[] bytes(String name) throws MqttMessageException {
    expect(LENGTH_DELIMITED, name);
    int n = length();
    byte[] v = Arrays.copyOfRange(b, pos, pos + n);
    pos += n;
    return v;
  }

  String string(String name) throws MqttMessageException {
    expect(LENGTH_DELIMITED, name);
    int n = length();
    String v = new String(b, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return v;
  }

  /** A reader over an embedded message. */
  ProtoReader message(String name) throws MqttMessageException {
    expect(LENGTH_DELIMITED, name);
    int n = length();
    ProtoReader r = new ProtoReader(b, pos, pos + n);
    pos += n;
    return r;
  }

  /** Skips the current field's value. */
  void skip() throws MqttMessageException {
    switch (wireType()) {
      case VARINT -> varint();
      case FIXED64 -> fixed(8);
      case LENGTH_DELIMITED -> {
        int n = length();
        pos += n;
      }
      case FIXED32 -> fixed(4);
      default -> throw new MqttMessageException("protobuf wire type " + wireType() + " is not supported");
    }
  }

  private int length() throws MqttMessageException {
    long n = varint();
    if (n < 0 || n > end - pos) {
      throw new MqttMessageException("protobuf length " + n + " runs past the end");
    }
    return (int) n;
  }

  private long fixed(int n) throws MqttMessageException {
    if (end - pos < n) {
      throw new MqttMessageException("protobuf fixed value runs past the end");
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      v |= (b[pos++] & 0xffL) << (8 * i);
    }
    return v;
  }

  private void expect(int wire, String name) throws MqttMessageException {
    if (wireType() != wire) {
      throw new MqttMessageException(
          "protobuf field " + name + " has wire type " + wireType() + ", expected " + wire);
    }
  }
}
