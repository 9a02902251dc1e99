package io.longwave.application.pipeline;

import io.longwave.application.directory.DirectoryEntry;
import io.longwave.application.directory.ProfileCodec;
import io.longwave.codec.PayloadCodecType;
import io.longwave.codec.PayloadCodecs;
import io.longwave.codec.js.JavaScriptEngine;
import io.longwave.connector.api.frame.CodeRate;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.connector.api.frame.GatewayLocation;
import io.longwave.connector.api.frame.LocationSource;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryDeviceDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The device of ChirpStack's documentation examples, and a sink recording what is published. */
final class PipelineGiven {

  static final Eui64 DEV_EUI = Eui64.parse("0202020202020202");
  static final GatewayId GATEWAY = GatewayId.parse("0303030303030303");
  static final UUID PROFILE = UUID.fromString("5f1b8b3c-0000-4000-8000-000000000001");
  static final Aes128Key APP_S_KEY = Aes128Key.parse("100f0e0d0c0b0a090807060504030201");
  static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
  static final Instant GW_TIME = Instant.parse("2016-11-25T16:24:37.295915988Z");
  static final PayloadCodecs CODECS = new PayloadCodecs(new JavaScriptEngine());

  final InMemoryDeviceDirectory directory = new InMemoryDeviceDirectory();
  final List<IntegrationEvent> published = new ArrayList<>();
  final ApplicationDrops drops = new ApplicationDrops();
  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

  PipelineGiven device(PayloadCodecType codec, String decoder) {
    directory.put(new DirectoryEntry(DEV_EUI, "garden-sensor", 123, "temperature-sensor",
        Map.of("key", "value"), Map.of("scale", "10"),
        new ProfileCodec(PROFILE, "lpp-sensors", codec, decoder, "")));
    return this;
  }

  ApplicationUplinkFlow uplinkFlow() {
    return new ApplicationUplinkFlow(directory, CODECS, published::add, drops, clock);
  }

  DeviceEventFlow deviceEventFlow() {
    return new DeviceEventFlow(directory, published::add, drops, clock);
  }

  static UplinkRxInfo reception() {
    return UplinkRxInfo.builder(GATEWAY)
        .uplinkId(42)
        .gwTime(GW_TIME)
        .rssi(-57)
        .snr(10)
        .channel(5)
        .location(new GatewayLocation(52.3740364, 4.9144401, 10.5, LocationSource.CONFIG))
        .context(new byte[] {(byte) 0xf6, (byte) 0xef, (byte) 0xee, (byte) 0xbc})
        .build();
  }

  static UplinkTxInfo txInfo() {
    return new UplinkTxInfo(868_100_000L,
        new LoraModulation(125_000, 7, CodeRate.CR_4_5, false));
  }

  static JsonObject json(String singleQuoted) {
    return Json.createReader(new StringReader(singleQuoted.replace('\'', '"'))).readObject();
  }
}
