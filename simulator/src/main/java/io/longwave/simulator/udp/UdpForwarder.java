package io.longwave.simulator.udp;

import io.longwave.lorawan.Eui64;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The codec of the Semtech UDP packet-forwarder protocol version 2 (PROTOCOL.TXT §3 to §6):
 * {@code [version][token:2][identifier]}, then for packets from a gateway its EUI (8 bytes,
 * big-endian), then JSON where the packet has some. The token is written big-endian; only its echo
 * matters. It encodes what a gateway sends (PUSH_DATA, PULL_DATA, TX_ACK) and decodes what it
 * receives (PUSH_ACK, PULL_ACK, PULL_RESP), and the reverse, so that tests can play the server.
 *
 * <p>Stateless and thread-safe. Every decode throws {@link PacketFormatException}, and nothing
 * else, for malformed bytes.
 */
public final class UdpForwarder {

  /** The protocol version the simulated gateways speak. */
  public static final int VERSION = 2;

  /** Bytes of the header of a packet a gateway sends (with its EUI). */
  public static final int GATEWAY_HEADER_LENGTH = 12;

  private static final int HEADER_LENGTH = 4;

  private UdpForwarder() {}

  /**
   * PUSH_DATA with {@code rxpk} (omitted when empty) and {@code stat} (omitted when null).
   *
   * @param token 0 to 65535
   */
  public static byte[] encodePushData(
      int token, Eui64 gateway, List<RxPacket> rxpk, GatewayStatus stat) {
    StringBuilder b = new StringBuilder(64 + 256 * rxpk.size());
    b.append('{');
    if (!rxpk.isEmpty()) {
      b.append("\"rxpk\":[");
      for (int i = 0; i < rxpk.size(); i++) {
        if (i > 0) {
          b.append(',');
        }
        rxpk.get(i).appendJson(b);
      }
      b.append(']');
    }
    if (stat != null) {
      if (!rxpk.isEmpty()) {
        b.append(',');
      }
      b.append("\"stat\":");
      stat.appendJson(b);
    }
    b.append('}');
    return withGatewayHeader(PacketType.PUSH_DATA, token, gateway, b);
  }

  /** PULL_DATA: the keep-alive that tells the server where to send downlinks. */
  public static byte[] encodePullData(int token, Eui64 gateway) {
    return withGatewayHeader(PacketType.PULL_DATA, token, gateway, null);
  }

  /** TX_ACK for the PULL_RESP with {@code token}: {@code {"txpk_ack":{"error":"…"}}}. */
  public static byte[] encodeTxAck(int token, Eui64 gateway, String error) {
    StringBuilder b = new StringBuilder(40).append("{\"txpk_ack\":{\"error\":");
    Json.appendString(b, error);
    b.append("}}");
    return withGatewayHeader(PacketType.TX_ACK, token, gateway, b);
  }

  /** PUSH_ACK or PULL_ACK: the 4-byte header only. */
  public static byte[] encodeAck(PacketType type, int token) {
    if (type != PacketType.PUSH_ACK && type != PacketType.PULL_ACK) {
      throw new IllegalArgumentException("only PUSH_ACK and PULL_ACK are bare acks, got " + type);
    }
    return header(type, token, 0);
  }

  /** PULL_RESP carrying {@code txpk}. */
  public static byte[] encodePullResp(int token, TxPacket txpk) {
    StringBuilder b = new StringBuilder(256).append("{\"txpk\":");
    txpk.appendJson(b);
    b.append('}');
    byte[] json = b.toString().getBytes(StandardCharsets.UTF_8);
    byte[] d = header(PacketType.PULL_RESP, token, json.length);
    System.arraycopy(json, 0, d, HEADER_LENGTH, json.length);
    return d;
  }

  /**
   * The type of a datagram, after checking its version and that it is long enough for its header.
   *
   * @throws PacketFormatException when it is not a version 1 or 2 packet
   */
  public static PacketType type(byte[] d, int length) {
    if (d == null || length < HEADER_LENGTH || length > d.length) {
      throw new PacketFormatException("a Semtech UDP packet has at least 4 bytes, got "
          + (d == null ? "none" : Math.min(length, d.length)));
    }
    int version = d[0] & 0xff;
    if (version != 1 && version != 2) {
      throw new PacketFormatException("expected protocol version 1 or 2, got " + version);
    }
    PacketType type = PacketType.fromId(d[3] & 0xff);
    if (type.fromGateway() && length < GATEWAY_HEADER_LENGTH) {
      throw new PacketFormatException(
          type + " needs a 12-byte header with the gateway EUI, got " + length + " bytes");
    }
    return type;
  }

  /** The token of a datagram already checked by {@link #type}. */
  public static int token(byte[] d) {
    return ((d[1] & 0xff) << 8) | (d[2] & 0xff);
  }

  /** Decodes a PULL_RESP. */
  public static PullResponse decodePullResp(byte[] d, int length) {
    expect(d, length, PacketType.PULL_RESP);
    Map<String, Object> body = json(d, HEADER_LENGTH, length, "PULL_RESP");
    Map<String, Object> txpk = new JsonFields(body, "PULL_RESP").object("txpk", true);
    return new PullResponse(d[0] & 0xff, token(d), TxPacket.read(txpk));
  }

  /** Decodes a PUSH_DATA. */
  public static PushData decodePushData(byte[] d, int length) {
    expect(d, length, PacketType.PUSH_DATA);
    Map<String, Object> body = json(d, GATEWAY_HEADER_LENGTH, length, "PUSH_DATA");
    JsonFields f = new JsonFields(body, "PUSH_DATA");
    List<Object> rx = f.array("rxpk");
    List<RxPacket> rxpk = new ArrayList<>();
    if (rx != null) {
      for (int i = 0; i < rx.size(); i++) {
        if (!(rx.get(i) instanceof Map<?, ?>)) {
          throw new PacketFormatException(
              "rxpk[" + i + "] must be an object, got " + Json.kind(rx.get(i)));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> o = (Map<String, Object>) rx.get(i);
        rxpk.add(RxPacket.read(o, "rxpk[" + i + "]"));
      }
    }
    Map<String, Object> stat = f.object("stat", false);
    return new PushData(d[0] & 0xff, token(d), gatewayEui(d), rxpk,
        stat == null ? null : GatewayStatus.read(stat));
  }

  /** Decodes a TX_ACK; a TX_ACK without JSON counts as error NONE, as the bridge reads it. */
  public static TxAck decodeTxAck(byte[] d, int length) {
    expect(d, length, PacketType.TX_ACK);
    String error = TxAck.NONE;
    if (length > GATEWAY_HEADER_LENGTH + 1) {
      Map<String, Object> body = json(d, GATEWAY_HEADER_LENGTH, length, "TX_ACK");
      Map<String, Object> ack = new JsonFields(body, "TX_ACK").object("txpk_ack", false);
      if (ack != null) {
        String e = new JsonFields(ack, "txpk_ack").string("error", false);
        error = e == null || e.isEmpty() ? TxAck.NONE : e;
      }
    }
    return new TxAck(token(d), gatewayEui(d), error);
  }

  /** Decodes a PULL_DATA's gateway EUI. */
  public static Eui64 decodePullData(byte[] d, int length) {
    expect(d, length, PacketType.PULL_DATA);
    return gatewayEui(d);
  }

  private static Eui64 gatewayEui(byte[] d) {
    long v = 0;
    for (int i = 4; i < GATEWAY_HEADER_LENGTH; i++) {
      v = (v << 8) | (d[i] & 0xff);
    }
    return new Eui64(v);
  }

  private static void expect(byte[] d, int length, PacketType wanted) {
    PacketType t = type(d, length);
    if (t != wanted) {
      throw new PacketFormatException("expected " + wanted + ", got " + t);
    }
  }

  private static Map<String, Object> json(byte[] d, int from, int length, String packet) {
    if (length <= from) {
      throw new PacketFormatException(packet + " has no JSON body");
    }
    try {
      return Json.parseObject(new String(d, from, length - from, StandardCharsets.UTF_8));
    } catch (PacketFormatException e) {
      throw new PacketFormatException(packet + " body: " + e.getMessage(), e);
    }
  }

  private static byte[] header(PacketType type, int token, int extra) {
    if (token < 0 || token > 0xffff) {
      throw new IllegalArgumentException("a token has 16 bits, got " + token);
    }
    byte[] d = new byte[HEADER_LENGTH + extra];
    d[0] = VERSION;
    d[1] = (byte) (token >>> 8);
    d[2] = (byte) token;
    d[3] = (byte) type.id();
    return d;
  }

  private static byte[] withGatewayHeader(
      PacketType type, int token, Eui64 gateway, StringBuilder json) {
    byte[] body = json == null ? new byte[0] : json.toString().getBytes(StandardCharsets.UTF_8);
    byte[] d = header(type, token, 8 + body.length);
    long v = gateway.value();
    for (int i = GATEWAY_HEADER_LENGTH - 1; i >= HEADER_LENGTH; i--) {
      d[i] = (byte) v;
      v >>>= 8;
    }
    System.arraycopy(body, 0, d, GATEWAY_HEADER_LENGTH, body.length);
    return d;
  }
}
