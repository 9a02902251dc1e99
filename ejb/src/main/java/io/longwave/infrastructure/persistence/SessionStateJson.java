package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.mac.MacCommand;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.region.Channel;
import io.longwave.session.DeviceSession;
import io.longwave.session.LastUplinkGateway;
import io.longwave.session.PendingMacCommand;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code mac_state} column of {@code device_session}: the radio and MAC state of a {@link
 * DeviceSession} (receive windows, data rate, TX power, channels, Class B ping slots, pending MAC
 * requests, error counts, device status, the gateways of the last uplink, the next RJcount0 and
 * RJcount1 of rejoin-requests, the confirmed queue item awaiting its ACK) as one JSON object.
 * Pending requests are kept as the hex of their {@link MacCommandCodec} bytes with their
 * direction (always {@code DOWNLINK}: the network sent them). Reading is tolerant: a missing member keeps the session's default, so members can be
 * added later without a migration. Stateless and thread-safe.
 */
final class SessionStateJson {


  private static final int FORMAT = 1;

  private SessionStateJson() {}

  /** The JSON text of the session's radio and MAC state. */
  static String write(DeviceSession s) {
    JsonObjectBuilder o = JSON.createObjectBuilder()
        .add("format", FORMAT)
        .add("skipFCntCheck", s.skipFCntCheck())
        .add("nextRjCount0", s.nextRjCount0())
        .add("nextRjCount1", s.nextRjCount1())
        .add("rx1Delay", s.rx1Delay())
        .add("rx1DrOffset", s.rx1DrOffset())
        .add("rx2Dr", s.rx2Dr())
        .add("rx2FrequencyHz", s.rx2FrequencyHz())
        .add("adr", s.adr())
        .add("dr", s.dr())
        .add("txPowerIndex", s.txPowerIndex())
        .add("nbTrans", s.nbTrans())
        .add("maxSupportedTxPowerIndex", s.maxSupportedTxPowerIndex())
        .add("enabledUplinkChannels", channelIndices(s.enabledUplinkChannels()))
        .add("extraUplinkChannels", channels(s.extraUplinkChannels()))
        .add("uplinkDwellTime400ms", s.uplinkDwellTime400ms())
        .add("downlinkDwellTime400ms", s.downlinkDwellTime400ms())
        .add("pingSlotNb", s.pingSlotNb())
        .add("pingSlotDr", s.pingSlotDr())
        .add("pingSlotFrequencyHz", s.pingSlotFrequencyHz())
        .add("pendingMacCommands", pending(s.pendingMacCommands()))
        .add("macCommandErrorCount", errorCounts(s.macCommandErrorCount()))
        .add("ackPending", s.ackPending())
        .add("awaitedAck",
            s.awaitedAckQueueItem() == null ? "" : s.awaitedAckQueueItem().toString());
    if (s.lastDeviceStatusRequest() != null) {
      o.add("lastDeviceStatusRequest", s.lastDeviceStatusRequest().toString());
    }
    if (s.battery() != null) {
      o.add("battery", s.battery());
    }
    if (s.margin() != null) {
      o.add("margin", s.margin());
    }
    LastUplinkGateway g = s.lastUplinkGateway();
    if (g != null) {
      o.add("lastUplinkGateway", gateway(g));
      JsonArrayBuilder all = JSON.createArrayBuilder();
      for (LastUplinkGateway each : s.lastUplinkGateways()) {
        all.add(gateway(each));
      }
      o.add("lastUplinkGateways", all);
    }
    return o.build().toString();
  }

  private static JsonObjectBuilder gateway(LastUplinkGateway g) {
    return JSON.createObjectBuilder()
        .add("gatewayId", g.gatewayId().toString())
        .add("board", g.board())
        .add("antenna", g.antenna())
        .add("at", g.at().toString())
        .add("snr", g.snr())
        .add("gpsSynchronised", g.gpsSynchronised());
  }

  /**
   * Sets the state stored in {@code json} on {@code s}.
   *
   * @throws IllegalStateException when the text is not the JSON this class writes
   */
  static void read(String json, DeviceSession s) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      s.skipFCntCheck(o.getBoolean("skipFCntCheck", false))
          .nextRjCount0(o.getInt("nextRjCount0", 0))
          .nextRjCount1(o.getInt("nextRjCount1", 0))
          .rx1Delay(o.getInt("rx1Delay", 1))
          .rx1DrOffset(o.getInt("rx1DrOffset", 0))
          .rx2Dr(o.getInt("rx2Dr", 0))
          .rx2FrequencyHz(longValue(o, "rx2FrequencyHz"))
          .adr(o.getBoolean("adr", false))
          .dr(o.getInt("dr", 0))
          .txPowerIndex(o.getInt("txPowerIndex", 0))
          .nbTrans(o.getInt("nbTrans", 1))
          .maxSupportedTxPowerIndex(o.getInt("maxSupportedTxPowerIndex", 0))
          .enabledUplinkChannels(channelIndices(array(o, "enabledUplinkChannels")))
          .extraUplinkChannels(channels(array(o, "extraUplinkChannels")))
          .uplinkDwellTime400ms(o.getBoolean("uplinkDwellTime400ms", false))
          .downlinkDwellTime400ms(o.getBoolean("downlinkDwellTime400ms", false))
          .pingSlotNb(o.getInt("pingSlotNb", 0))
          .pingSlotDr(o.getInt("pingSlotDr", 0))
          .pingSlotFrequencyHz(longValue(o, "pingSlotFrequencyHz"))
          .pendingMacCommands(pending(array(o, "pendingMacCommands")))
          .macCommandErrorCount(errorCounts(o.getJsonObject("macCommandErrorCount")))
          .ackPending(o.getBoolean("ackPending", false))
          .awaitedAckQueueItem(awaitedAck(o.getString("awaitedAck", null)))
          .lastDeviceStatusRequest(instant(o.getString("lastDeviceStatusRequest", null)))
          .battery(o.containsKey("battery") ? o.getInt("battery") : null)
          .margin(o.containsKey("margin") ? o.getInt("margin") : null)
          .lastUplinkGateway(lastUplinkGateway(o.getJsonObject("lastUplinkGateway")));
      JsonArray all = o.getJsonArray("lastUplinkGateways");
      if (all != null && !all.isEmpty()) {
        List<LastUplinkGateway> gateways = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
          gateways.add(lastUplinkGateway(all.getJsonObject(i)));
        }
        s.lastUplinkGateways(gateways);
      }
    } catch (JsonException | ClassCastException | ArithmeticException | IllegalArgumentException
        | NullPointerException | DateTimeParseException | LorawanFormatException e) {
      throw new IllegalStateException(
          "the stored MAC state of the session of " + s.devEui() + " is unreadable: "
              + e.getMessage(),
          e);
    }
  }

  private static LastUplinkGateway lastUplinkGateway(JsonObject g) {
    if (g == null) {
      return null;
    }
    return new LastUplinkGateway(GatewayId.parse(g.getString("gatewayId")), g.getInt("board", 0),
        g.getInt("antenna", 0), Instant.parse(g.getString("at")),
        g.getJsonNumber("snr").doubleValue(), g.getBoolean("gpsSynchronised", false));
  }

  private static JsonArray array(JsonObject o, String name) {
    JsonArray a = o.getJsonArray(name);
    return a == null ? JsonValue.EMPTY_JSON_ARRAY : a;
  }

  private static long longValue(JsonObject o, String name) {
    JsonNumber n = o.getJsonNumber(name);
    return n == null ? 0 : n.longValueExact();
  }

  /** Absent in sessions stored before it was kept: not known, so the queue is looked at. */
  private static java.util.UUID awaitedAck(String text) {
    if (text == null) {
      return DeviceSession.UNKNOWN_AWAITED_ACK;
    }
    return text.isEmpty() ? null : java.util.UUID.fromString(text);
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static JsonArrayBuilder channelIndices(BitSet enabled) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (int i = enabled.nextSetBit(0); i >= 0; i = enabled.nextSetBit(i + 1)) {
      a.add(i);
    }
    return a;
  }

  private static BitSet channelIndices(JsonArray a) {
    BitSet enabled = new BitSet();
    for (int i = 0; i < a.size(); i++) {
      enabled.set(a.getInt(i));
    }
    return enabled;
  }

  private static JsonArrayBuilder channels(List<Channel> channels) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (Channel c : channels) {
      a.add(JSON.createObjectBuilder()
          .add("frequencyHz", c.frequencyHz())
          .add("minDr", c.minDr())
          .add("maxDr", c.maxDr()));
    }
    return a;
  }

  private static List<Channel> channels(JsonArray a) {
    List<Channel> channels = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      JsonObject c = a.getJsonObject(i);
      channels.add(new Channel(
          c.getJsonNumber("frequencyHz").longValueExact(), c.getInt("minDr"), c.getInt("maxDr")));
    }
    return channels;
  }

  private static JsonArrayBuilder pending(List<PendingMacCommand> commands) {
    JsonArrayBuilder a = JSON.createArrayBuilder();
    for (PendingMacCommand p : commands) {
      a.add(JSON.createObjectBuilder()
          .add("command", Hex.encode(MacCommandCodec.encode(List.of(p.command()))))
          .add("direction", Direction.DOWNLINK.name())
          .add("sentAt", p.sentAt().toString())
          .add("attempts", p.attempts()));
    }
    return a;
  }

  private static List<PendingMacCommand> pending(JsonArray a) {
    List<PendingMacCommand> commands = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      JsonObject p = a.getJsonObject(i);
      Direction direction = Direction.valueOf(p.getString("direction", "DOWNLINK"));
      List<MacCommand> decoded =
          MacCommandCodec.decode(direction, Hex.decode(p.getString("command"), "MAC command"));
      if (decoded.size() != 1) {
        throw new LorawanFormatException(
            "a pending MAC command holds one command, found " + decoded.size());
      }
      commands.add(new PendingMacCommand(
          decoded.get(0), Instant.parse(p.getString("sentAt")), p.getInt("attempts", 1)));
    }
    return commands;
  }

  private static JsonObjectBuilder errorCounts(Map<Integer, Integer> counts) {
    JsonObjectBuilder o = JSON.createObjectBuilder();
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      o.add(Integer.toString(e.getKey()), e.getValue());
    }
    return o;
  }

  private static Map<Integer, Integer> errorCounts(JsonObject o) {
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    if (o != null) {
      for (Map.Entry<String, JsonValue> e : o.entrySet()) {
        counts.put(Integer.parseInt(e.getKey()), ((JsonNumber) e.getValue()).intValueExact());
      }
    }
    return counts;
  }
}
