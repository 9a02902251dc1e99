package io.longwave.connector.mqtt.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the protocol-buffers wire format. Proto3 default values (0, false, empty) are left out,
 * as every protobuf encoder does.
 */
final class ProtoWriter {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);

  ProtoWriter uint(int field, long v) {
    if (v != 0) {
      tag(field, ProtoReader.VARINT);
      varint(v);
    }
    return this;
  }

  ProtoWriter int32(int field, int v) {
    // Negative int32 values take ten bytes (sign-extended), as the encoding requires.
    return uint(field, v);
  }

  ProtoWriter bool(int field, boolean v) {
    return uint(field, v ? 1 : 0);
  }

  ProtoWriter fixedDouble(int field, double v) {
    if (v != 0) {
      tag(field, ProtoReader.FIXED64);
      long bits = Double.doubleToLongBits(v);
      for (int i = 0; i < 8; i++) {
        out.write((int) (bits >>> (8 * i)));
      }
    }
    return this;
  }

  ProtoWriter fixedFloat(int field, float v) {
    if (v != 0) {
      tag(field, ProtoReader.FIXED32);
      int bits = Float.floatToIntBits(v);
      for (int i = 0; i < 4; i++) {
        out.write(bits >>> (8 * i));
      }
    }
    return this;
  }

  ProtoWriter bytes(int field, byte[] v) {
    if (v != null && v.length > 0) {
      tag(field, ProtoReader.LENGTH_DELIMITED);
      varint(v.length);
      out.writeBytes(v);
    }
    return this;
  }

  ProtoWriter string(int field, String v) {
    return v == null ? this : bytes(field, v.getBytes(StandardCharsets.UTF_8));
  }

  /** An embedded message, written even when empty (a oneof choice such as "immediately"). */
  ProtoWriter message(int field, ProtoWriter m) {
    byte[] v = m.toByteArray();
    tag(field, ProtoReader.LENGTH_DELIMITED);
    varint(v.length);
    out.writeBytes(v);
    return this;
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  private void tag(int field, int wire) {
    varint(((long) field << 3) | wire);
  }

  private void varint(long v) {
    while ((v & ~0x7fL) != 0) {
      out.write((int) ((v & 0x7f) | 0x80));
      v >>>= 7;
    }
    out.write((int) v);
  }
}
