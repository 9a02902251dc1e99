package io.longwave.codec.cayenne;

import io.longwave.codec.CodecException;
import io.longwave.codec.DecodedUplink;
import io.longwave.codec.PayloadCodec;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Cayenne LPP codec (myDevices Cayenne LPP 1.0, ChirpStack v3 {@code CAYENNE_LPP}): decodes
 * {@code channel | type | value} records into {@code {"<type>":{"<channel>":value}}} and encodes
 * such an object back. A later record for the same channel and type replaces an earlier one, as in
 * ChirpStack. Values are exact decimals ({@code 0x00ff} temperature is {@code 25.5}), integral ones
 * written without a fraction.
 *
 * <p>Stateless and thread-safe. Truncated records, unknown types, unknown members, channels outside
 * 0..255 and values out of range are {@link CodecException}s naming the offset or member.
 */
public final class CayenneLpp implements PayloadCodec {

  private static final JsonProvider JSON = JsonProvider.provider();
  /** GPS altitude resolution, 0.01 m. */
  private static final BigDecimal CENTI = new BigDecimal("0.01");
  /** Beyond any LPP value: larger numbers are refused before any arithmetic on them. */
  private static final BigDecimal MAGNITUDE = BigDecimal.valueOf(1L << 40);

  @Override
  public DecodedUplink decodeUplink(int fPort, byte[] bytes, Map<String, String> variables)
      throws CodecException {
    return DecodedUplink.of(decode(bytes));
  }

  @Override
  public byte[] encodeDownlink(int fPort, JsonObject object, Map<String, String> variables)
      throws CodecException {
    return encode(object);
  }

  /** Decodes an LPP payload (an empty one gives an empty object). */
  public JsonObject decode(byte[] bytes) throws CodecException {
    if (bytes == null) {
      throw new CodecException("Cayenne LPP: no payload");
    }
    Map<LppType, Map<Integer, JsonValue>> values = new EnumMap<>(LppType.class);
    int i = 0;
    while (i < bytes.length) {
      if (bytes.length - i < 2) {
        throw new CodecException(
            "Cayenne LPP: a record needs a channel and a type byte, 1 byte left at offset " + i);
      }
      int channel = bytes[i] & 0xff;
      int typeId = bytes[i + 1] & 0xff;
      LppType type = LppType.ofId(typeId).orElse(null);
      if (type == null) {
        throw new CodecException("Cayenne LPP: unknown type " + typeId + " at offset " + (i + 1));
      }
      int off = i + 2;
      if (bytes.length - off < type.size()) {
        throw new CodecException(
            "Cayenne LPP: " + type.member() + " on channel " + channel + " needs "
                + type.size() + " bytes, " + (bytes.length - off) + " left at offset " + off);
      }
      values
          .computeIfAbsent(type, t -> new TreeMap<>())
          .put(channel, decodeValue(type, bytes, off));
      i = off + type.size();
    }
    JsonObjectBuilder object = JSON.createObjectBuilder();
    values.forEach(
        (type, channels) -> {
          JsonObjectBuilder byChannel = JSON.createObjectBuilder();
          channels.forEach((channel, value) -> byChannel.add(String.valueOf(channel), value));
          object.add(type.member(), byChannel);
        });
    return object.build();
  }

  /** Encodes an object of the decoded shape; members are written in type order, channels ascending. */
  public byte[] encode(JsonObject object) throws CodecException {
    if (object == null) {
      throw new CodecException("Cayenne LPP: no object to encode");
    }
    Map<LppType, JsonObject> byType = new EnumMap<>(LppType.class);
    for (Map.Entry<String, JsonValue> member : object.entrySet()) {
      LppType type =
          LppType.ofMember(member.getKey())
              .orElseThrow(
                  () -> new CodecException(
                      "Cayenne LPP: unknown member '" + member.getKey() + "'"));
      if (!(member.getValue() instanceof JsonObject channels)) {
        throw new CodecException(
            "Cayenne LPP: '" + type.member() + "' must be an object of channel to value");
      }
      byType.put(type, channels);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<LppType, JsonObject> e : byType.entrySet()) {
      LppType type = e.getKey();
      Map<Integer, JsonValue> channels = new TreeMap<>();
      for (Map.Entry<String, JsonValue> c : e.getValue().entrySet()) {
        channels.put(channel(type, c.getKey()), c.getValue());
      }
      for (Map.Entry<Integer, JsonValue> c : channels.entrySet()) {
        out.write(c.getKey());
        out.write(type.id());
        encodeValue(type, c.getKey(), c.getValue(), out);
      }
    }
    return out.toByteArray();
  }

  private static JsonValue decodeValue(LppType type, byte[] b, int off) {
    return switch (type.kind()) {
      case SCALAR -> number(read(b, off, type.size(), type.signed()), type.resolution());
      case AXES ->
          JSON.createObjectBuilder()
              .add("x", number(read(b, off, 2, true), type.resolution()))
              .add("y", number(read(b, off + 2, 2, true), type.resolution()))
              .add("z", number(read(b, off + 4, 2, true), type.resolution()))
              .build();
      case GPS ->
          JSON.createObjectBuilder()
              .add("latitude", number(read(b, off, 3, true), type.resolution()))
              .add("longitude", number(read(b, off + 3, 3, true), type.resolution()))
              .add("altitude", number(read(b, off + 6, 3, true), CENTI))
              .build();
      case COLOUR ->
          JSON.createObjectBuilder()
              .add("r", b[off] & 0xff)
              .add("g", b[off + 1] & 0xff)
              .add("b", b[off + 2] & 0xff)
              .build();
    };
  }

  private static void encodeValue(LppType type, int channel, JsonValue value,
      ByteArrayOutputStream out) throws CodecException {
    String where = type.member() + "." + channel;
    switch (type.kind()) {
      case SCALAR ->
          write(out, raw(where, value, type.resolution(), type.size(), type.signed()),
              type.size());
      case AXES -> {
        JsonObject axes = members(where, value, "x", "y", "z");
        for (String axis : new String[] {"x", "y", "z"}) {
          write(out, raw(where + "." + axis, axes.get(axis), type.resolution(), 2, true), 2);
        }
      }
      case GPS -> {
        JsonObject gps = members(where, value, "latitude", "longitude", "altitude");
        write(out, raw(where + ".latitude", gps.get("latitude"), type.resolution(), 3, true), 3);
        write(out, raw(where + ".longitude", gps.get("longitude"), type.resolution(), 3, true), 3);
        write(out, raw(where + ".altitude", gps.get("altitude"), CENTI, 3, true), 3);
      }
      case COLOUR -> {
        JsonObject rgb = members(where, value, "r", "g", "b");
        for (String c : new String[] {"r", "g", "b"}) {
          write(out, raw(where + "." + c, rgb.get(c), BigDecimal.ONE, 1, false), 1);
        }
      }
      default -> throw new IllegalStateException(type.kind().name());
    }
  }

  private static int channel(LppType type, String key) throws CodecException {
    try {
      int channel = Integer.parseInt(key);
      if (channel >= 0 && channel <= 255) {
        return channel;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new CodecException(
        "Cayenne LPP: channel '" + key + "' of " + type.member() + " is not 0..255");
  }

  private static JsonObject members(String where, JsonValue value, String... names)
      throws CodecException {
    if (!(value instanceof JsonObject o)) {
      throw new CodecException(
          "Cayenne LPP: " + where + " must be an object with " + String.join(", ", names));
    }
    for (String name : names) {
      if (!o.containsKey(name)) {
        throw new CodecException("Cayenne LPP: " + where + " has no '" + name + "'");
      }
    }
    return o;
  }

  /** The raw integer for a value, rounded to the resolution and checked against the size. */
  private static long raw(String where, JsonValue value, BigDecimal resolution, int size,
      boolean signed) throws CodecException {
    BigDecimal v;
    if (value instanceof JsonNumber n) {
      v = n.bigDecimalValue();
    } else if (value == JsonValue.TRUE) {
      v = BigDecimal.ONE;
    } else if (value == JsonValue.FALSE) {
      v = BigDecimal.ZERO;
    } else {
      throw new CodecException("Cayenne LPP: " + where + " must be a number, got " + value);
    }
    long min = signed ? -(1L << (size * 8 - 1)) : 0;
    long max = signed ? (1L << (size * 8 - 1)) - 1 : (1L << (size * 8)) - 1;
    String range = plain(BigDecimal.valueOf(min).multiply(resolution)) + ".."
        + plain(BigDecimal.valueOf(max).multiply(resolution));
    if (v.abs().compareTo(MAGNITUDE) > 0) {
      throw new CodecException("Cayenne LPP: " + where + " = " + value + " is outside " + range);
    }
    BigInteger r;
    try {
      r = v.divide(resolution).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new CodecException("Cayenne LPP: " + where + " = " + value + " is not a usable number");
    }
    if (r.compareTo(BigInteger.valueOf(min)) < 0 || r.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new CodecException(
          "Cayenne LPP: " + where + " = " + v.toPlainString() + " is outside " + range);
    }
    return r.longValue();
  }

  private static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  private static long read(byte[] b, int off, int size, boolean signed) {
    long v = 0;
    for (int i = 0; i < size; i++) {
      v = (v << 8) | (b[off + i] & 0xffL);
    }
    if (signed && (v & (1L << (size * 8 - 1))) != 0) {
      v -= 1L << (size * 8);
    }
    return v;
  }

  private static void write(ByteArrayOutputStream out, long v, int size) {
    for (int i = size - 1; i >= 0; i--) {
      out.write((int) (v >>> (8 * i)) & 0xff);
    }
  }

  private static JsonValue number(long raw, BigDecimal resolution) {
    BigDecimal v = BigDecimal.valueOf(raw).multiply(resolution).stripTrailingZeros();
    if (v.scale() <= 0) {
      return JSON.createValue(v.longValueExact());
    }
    return JSON.createValue(v);
  }
}
