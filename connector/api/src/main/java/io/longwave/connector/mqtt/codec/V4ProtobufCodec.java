package io.longwave.connector.mqtt.codec;

import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.CrcStatus;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.connector.api.frame.FineTimestamp;
import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.GatewayConnectionState;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.GatewayStats;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.connector.api.frame.UplinkFrame;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ChirpStack v4 gateway bridge protobuf: the binary form of {@code gw.proto} ({@code UplinkFrame},
 * {@code GatewayStats}, {@code DownlinkFrame}, {@code DownlinkTxAck}, {@code ConnState}), field
 * numbers as in that file, enums by number. The deprecated {@code *_legacy} fields are ignored
 * on input and not written.
 */
final class V4ProtobufCodec implements GatewayMessageCodec {

  @Override
  public UplinkFrame uplink(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    ProtoReader r = new ProtoReader(payload);
    byte[] phy = null;
    UplinkTxInfo tx = null;
    UplinkRxInfo rx = null;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> phy = r.bytes("phy_payload");
        case 4 -> tx = txInfo(r.message("tx_info"));
        case 5 -> rx = rxInfo(topicGateway, r.message("rx_info"));
        default -> r.skip();
      }
    }
    if (phy == null || tx == null || rx == null) {
      throw new MqttMessageException("UplinkFrame needs phy_payload, tx_info and rx_info");
    }
    return new UplinkFrame(phy, tx, rx);
  }

  private static UplinkTxInfo txInfo(ProtoReader r) throws MqttMessageException {
    long frequency = 0;
    Modulation m = null;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> frequency = r.uint("frequency");
        case 2 -> m = modulation(r.message("modulation"));
        default -> r.skip();
      }
    }
    if (m == null) {
      throw new MqttMessageException("UplinkTxInfo has no modulation");
    }
    return new UplinkTxInfo(frequency, m);
  }

  private static UplinkRxInfo rxInfo(GatewayId topic, ProtoReader r) throws MqttMessageException {
    String gatewayId = null;
    Map<String, String> metadata = new HashMap<>();
    UplinkRxInfo.Builder b = UplinkRxInfo.builder(topic).crcStatus(CrcStatus.NO_CRC);
    while (r.next()) {
      switch (r.field()) {
        case 1 -> gatewayId = r.string("gateway_id");
        case 2 -> b.uplinkId(r.uint("uplink_id") & 0xffffffffL);
        case 3 -> b.gwTime(ProtoTime.readTimestamp(r.message("gw_time")));
        case 17 -> b.nsTime(ProtoTime.readTimestamp(r.message("ns_time")));
        case 4 -> b.timeSinceGpsEpoch(ProtoTime.readDuration(r.message("time_since_gps_epoch")));
        case 5 ->
            b.fineTimestamp(new FineTimestamp.Plain(
                ProtoTime.readDuration(r.message("fine_time_since_gps_epoch")).toNanos()));
        case 6 -> b.rssi(r.int32("rssi"));
        case 7 -> b.snr(r.fixedFloat("snr"));
        case 8 -> b.channel((int) r.uint("channel"));
        case 9 -> b.rfChain((int) r.uint("rf_chain"));
        case 10 -> b.board((int) r.uint("board"));
        case 11 -> b.antenna((int) r.uint("antenna"));
        case 12 -> b.location(location(r.message("location")));
        case 13 -> b.context(r.bytes("context"));
        case 15 -> mapEntry(r.message("metadata"), metadata);
        case 16 -> b.crcStatus(byNumber(CrcStatus.values(), r.uint("crc_status"), "crc_status"));
        default -> r.skip();
      }
    }
    V4JsonCodec.gateway(topic, gatewayId);
    return b.metadata(metadata).build();
  }

  private static Modulation modulation(ProtoReader r) throws MqttMessageException {
    Modulation m = null;
    while (r.next()) {
      switch (r.field()) {
        case 3 -> m = lora(r.message("lora"));
        case 4 -> m = fsk(r.message("fsk"));
        case 5 -> m = lrFhss(r.message("lr_fhss"));
        default -> r.skip();
      }
    }
    if (m == null) {
      throw new MqttMessageException("Modulation has none of lora, fsk, lr_fhss");
    }
    return m;
  }

  private static LoraModulation lora(ProtoReader r) throws MqttMessageException {
    int bw = 0;
    int sf = 0;
    CodeRate cr = CodeRate.UNDEFINED;
    boolean ipol = false;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> bw = (int) r.uint("bandwidth");
        case 2 -> sf = (int) r.uint("spreading_factor");
        case 3 -> {
          String legacy = r.string("code_rate_legacy");
          if (cr == CodeRate.UNDEFINED) {
            cr = codeRateText(legacy);
          }
        }
        case 5 -> cr = byNumber(CodeRate.values(), r.uint("code_rate"), "code_rate");
        case 4 -> ipol = r.bool("polarization_inversion");
        default -> r.skip();
      }
    }
    return new LoraModulation(bw, sf, cr, ipol);
  }

  private static FskModulation fsk(ProtoReader r) throws MqttMessageException {
    int fdev = 0;
    int rate = 0;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> fdev = (int) r.uint("frequency_deviation");
        case 2 -> rate = (int) r.uint("datarate");
        default -> r.skip();
      }
    }
    return new FskModulation(fdev, rate);
  }

  private static LrFhssModulation lrFhss(ProtoReader r) throws MqttMessageException {
    int ocw = 0;
    int steps = 0;
    CodeRate cr = CodeRate.UNDEFINED;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> ocw = (int) r.uint("operating_channel_width");
        case 4 -> cr = byNumber(CodeRate.values(), r.uint("code_rate"), "code_rate");
        case 3 -> steps = (int) r.uint("grid_steps");
        default -> r.skip();
      }
    }
    return new LrFhssModulation(ocw, cr, steps);
  }

  private static CodeRate codeRateText(String s) throws MqttMessageException {
    try {
      return CodeRate.parse(s);
    } catch (IllegalArgumentException e) {
      throw new MqttMessageException(e.getMessage());
    }
  }

  private static GatewayLocation location(ProtoReader r) throws MqttMessageException {
    double lat = 0;
    double lon = 0;
    double alt = 0;
    LocationSource source = LocationSource.UNKNOWN;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> lat = r.fixedDouble("latitude");
        case 2 -> lon = r.fixedDouble("longitude");
        case 3 -> alt = r.fixedDouble("altitude");
        case 4 -> source = byNumber(LocationSource.values(), r.uint("source"), "source");
        default -> r.skip();
      }
    }
    return new GatewayLocation(lat, lon, alt, source);
  }

  @Override
  public GatewayStats stats(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    ProtoReader r = new ProtoReader(payload);
    String gatewayId = null;
    Instant time = null;
    GatewayLocation location = null;
    String configVersion = null;
    long[] counts = new long[4];
    Map<String, String> metadata = new HashMap<>();
    Map<Long, Long> txFreq = new HashMap<>();
    Map<Long, Long> rxFreq = new HashMap<>();
    Map<String, Long> txStatus = new HashMap<>();
    while (r.next()) {
      switch (r.field()) {
        case 17 -> gatewayId = r.string("gateway_id");
        case 2 -> time = ProtoTime.readTimestamp(r.message("time"));
        case 3 -> location = location(r.message("location"));
        case 4 -> configVersion = r.string("config_version");
        case 5 -> counts[0] = r.uint("rx_packets_received");
        case 6 -> counts[1] = r.uint("rx_packets_received_ok");
        case 7 -> counts[2] = r.uint("tx_packets_received");
        case 8 -> counts[3] = r.uint("tx_packets_emitted");
        case 10 -> mapEntry(r.message("metadata"), metadata);
        case 12 -> countEntry(r.message("tx_packets_per_frequency"), txFreq);
        case 13 -> countEntry(r.message("rx_packets_per_frequency"), rxFreq);
        case 16 -> statusEntry(r.message("tx_packets_per_status"), txStatus);
        default -> r.skip();
      }
    }
    return new GatewayStats(
        V4JsonCodec.gateway(topicGateway, gatewayId), time, null, location, configVersion,
        counts[0], counts[1], 0, 0, counts[2], counts[3], Double.NaN, metadata, rxFreq, txFreq,
        txStatus);
  }

  @Override
  public DownlinkTxAck txAck(GatewayId topicGateway, byte[] payload) throws MqttMessageException {
    ProtoReader r = new ProtoReader(payload);
    String gatewayId = null;
    long downlinkId = 0;
    List<DownlinkTxAckItem> items = new ArrayList<>();
    while (r.next()) {
      switch (r.field()) {
        case 6 -> gatewayId = r.string("gateway_id");
        case 2 -> downlinkId = r.uint("downlink_id") & 0xffffffffL;
        case 5 -> {
          ProtoReader item = r.message("items");
          TxAckStatus status = TxAckStatus.IGNORED;
          while (item.next()) {
            if (item.field() == 1) {
              status = byNumber(TxAckStatus.values(), item.uint("status"), "status");
            } else {
              item.skip();
            }
          }
          items.add(DownlinkTxAckItem.of(status));
        }
        default -> r.skip();
      }
    }
    return new DownlinkTxAck(V4JsonCodec.gateway(topicGateway, gatewayId), downlinkId, items);
  }

  @Override
  public GatewayConnectionState connState(GatewayId topicGateway, byte[] payload)
      throws MqttMessageException {
    ProtoReader r = new ProtoReader(payload);
    String gatewayId = null;
    long state = 0;
    while (r.next()) {
      switch (r.field()) {
        case 3 -> gatewayId = r.string("gateway_id");
        case 2 -> state = r.uint("state");
        default -> r.skip();
      }
    }
    if (state > 1) {
      throw new MqttMessageException("ConnState state " + state + " is not OFFLINE or ONLINE");
    }
    return new GatewayConnectionState(V4JsonCodec.gateway(topicGateway, gatewayId), state == 1);
  }

  @Override
  public byte[] downlink(DownlinkFrame frame) {
    ProtoWriter w = new ProtoWriter().uint(3, frame.downlinkId() & 0xffffffffL);
    for (DownlinkFrameItem item : frame.items()) {
      DownlinkTxInfo tx = item.txInfo();
      ProtoWriter txInfo =
          new ProtoWriter()
              .uint(1, tx.frequencyHz())
              .int32(2, tx.powerDbm())
              .message(3, modulation(tx.modulation()))
              .uint(4, tx.board())
              .uint(5, tx.antenna())
              .message(6, timing(tx.timing()))
              .bytes(7, tx.context());
      w.message(5, new ProtoWriter().bytes(1, item.phyPayload()).message(3, txInfo));
    }
    return w.string(7, frame.gatewayId().toString()).toByteArray();
  }

  private static ProtoWriter modulation(Modulation m) {
    if (m instanceof LoraModulation l) {
      return new ProtoWriter().message(3, new ProtoWriter()
          .uint(1, l.bandwidthHz())
          .uint(2, l.spreadingFactor())
          .bool(4, l.polarizationInversion())
          .uint(5, l.codeRate().ordinal()));
    }
    if (m instanceof FskModulation f) {
      return new ProtoWriter().message(4, new ProtoWriter()
          .uint(1, f.frequencyDeviationHz())
          .uint(2, f.datarateBps()));
    }
    LrFhssModulation r = (LrFhssModulation) m;
    return new ProtoWriter().message(5, new ProtoWriter()
        .uint(1, r.operatingChannelWidthHz())
        .uint(3, r.gridSteps())
        .uint(4, r.codeRate().ordinal()));
  }

  private static ProtoWriter timing(DownlinkTiming t) {
    if (t instanceof DownlinkTiming.Delay d) {
      return new ProtoWriter().message(2, new ProtoWriter().message(1, ProtoTime.write(d.delay())));
    }
    if (t instanceof DownlinkTiming.GpsEpoch g) {
      return new ProtoWriter()
          .message(3, new ProtoWriter().message(1, ProtoTime.write(g.timeSinceGpsEpoch())));
    }
    return new ProtoWriter().message(1, new ProtoWriter());
  }

  private static <T> T byNumber(T[] values, long n, String field) throws MqttMessageException {
    if (n < 0 || n >= values.length) {
      throw new MqttMessageException(field + " " + n + " is not a known value");
    }
    return values[(int) n];
  }

  private static void mapEntry(ProtoReader r, Map<String, String> into)
      throws MqttMessageException {
    String key = "";
    String value = "";
    while (r.next()) {
      switch (r.field()) {
        case 1 -> key = r.string("key");
        case 2 -> value = r.string("value");
        default -> r.skip();
      }
    }
    into.put(key, value);
  }

  private static void countEntry(ProtoReader r, Map<Long, Long> into) throws MqttMessageException {
    long key = 0;
    long value = 0;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> key = r.uint("key");
        case 2 -> value = r.uint("value");
        default -> r.skip();
      }
    }
    into.put(key, value);
  }

  private static void statusEntry(ProtoReader r, Map<String, Long> into)
      throws MqttMessageException {
    String key = "";
    long value = 0;
    while (r.next()) {
      switch (r.field()) {
        case 1 -> key = r.string("key");
        case 2 -> value = r.uint("value");
        default -> r.skip();
      }
    }
    into.put(key, value);
  }
}
