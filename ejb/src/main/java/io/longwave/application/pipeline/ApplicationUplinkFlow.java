package io.longwave.application.pipeline;

import io.longwave.application.directory.DeviceDirectory;
import io.longwave.application.directory.DirectoryEntry;
import io.longwave.application.directory.GatewayNames;
import io.longwave.application.event.DataUplinkEvent;
import io.longwave.codec.CodecException;
import io.longwave.codec.PayloadCodec;
import io.longwave.codec.PayloadCodecs;
import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import jakarta.json.JsonObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A data uplink on the application side (ChirpStack v3 Application Server {@code
 * HandleUplinkData}). Steps: {@code findDevice}, {@code decryptFrmPayload} (LoRaWAN 1.0.4
 * §4.3.3.1: AppSKey, uplink direction, the full 32-bit FCnt; nothing for FPort 0 or no FPort),
 * {@code decodePayload} (the profile's codec; a failure publishes an {@code UPLINK_CODEC} error
 * event and the uplink goes on without {@code object}, as in ChirpStack) and {@code publishUp}.
 *
 * <p>Threading: stateless, thread-safe if its ports are.
 */
public final class ApplicationUplinkFlow {

  private static final Logger LOG = System.getLogger(ApplicationUplinkFlow.class.getName());

  private final DeviceDirectory directory;
  private final PayloadCodecs codecs;
  private final GatewayNames gatewayNames;
  private final IntegrationEventSink sink;
  private final ApplicationDrops drops;
  private final Clock clock;

  public ApplicationUplinkFlow(DeviceDirectory directory, GatewayNames gatewayNames,
      PayloadCodecs codecs, IntegrationEventSink sink, ApplicationDrops drops, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.gatewayNames = Objects.requireNonNull(gatewayNames, "gatewayNames");
    this.codecs = Objects.requireNonNull(codecs, "codecs");
    this.sink = Objects.requireNonNull(sink, "sink");
    this.drops = Objects.requireNonNull(drops, "drops");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public void handle(DataUplinkEvent event) {
    Optional<DirectoryEntry> device = findDevice(event);
    if (device.isEmpty()) {
      return;
    }
    EventHeader header = EventHeader.of(device.get());
    byte[] data;
    try {
      data = decryptFrmPayload(event);
    } catch (LorawanFormatException e) {
      publishError(header, event, "UNKNOWN", "the FRMPayload could not be decrypted: "
          + e.getMessage());
      data = new byte[0];
    }
    JsonObject object = decodePayload(device.get(), header, event, data);
    publishUp(header, new UplinkView(event, data, object));
  }

  private Optional<DirectoryEntry> findDevice(DataUplinkEvent event) {
    Optional<DirectoryEntry> device = directory.find(event.devEui());
    if (device.isEmpty()) {
      drops.count(ApplicationDrops.UNKNOWN_DEVICE);
      LOG.log(Level.WARNING, "uplink of unknown device {0} dropped", event.devEui());
    }
    return device;
  }

  private static byte[] decryptFrmPayload(DataUplinkEvent event) {
    byte[] encrypted = event.encryptedFrmPayload();
    if (event.fPort() <= 0 || encrypted.length == 0) {
      return new byte[0];
    }
    return FrmPayloadCipher.decrypt(AesKeyContext.of(event.appSKey()), Direction.UPLINK,
        event.devAddr(), (int) event.fCnt(), encrypted);
  }

  /** The decoded object, or null when there is no codec or it failed (then an error event). */
  private JsonObject decodePayload(DirectoryEntry device, EventHeader header,
      DataUplinkEvent event, byte[] data) {
    if (event.fPort() <= 0) {
      return null;
    }
    Optional<PayloadCodec> codec =
        codecs.forProfile(device.profile().codec(), device.profile().profileId().toString(),
            device.profile().decoderScript(), device.profile().encoderScript());
    if (codec.isEmpty()) {
      return null;
    }
    try {
      return codec.get().decodeUplink(event.fPort(), data, device.variables()).object();
    } catch (CodecException e) {
      LOG.log(Level.INFO, "device {0}: uplink codec failed: {1}", event.devEui(),
          e.getMessage());
      publishError(header, event, "UPLINK_CODEC", e.getMessage());
      return null;
    }
  }

  private void publishUp(EventHeader header, UplinkView up) {
    Instant at = up.event().receivedAt() == null ? clock.instant() : up.event().receivedAt();
    sink.accept(new IntegrationEvent(UUID.randomUUID(), EventType.UP, header.applicationId(),
        header.devEui(), at, JsonV3Encoding.up(header, up, gatewayNames),
        ProtobufJsonEncoding.up(header, up, gatewayNames, clock.instant())));
  }

  private void publishError(EventHeader header, DataUplinkEvent event, String type,
      String message) {
    sink.accept(new IntegrationEvent(UUID.randomUUID(), EventType.ERROR, header.applicationId(),
        header.devEui(), clock.instant(),
        JsonV3Encoding.error(header, type, message, event.fCnt()),
        ProtobufJsonEncoding.error(header, type, message, event.fCnt(), clock.instant())));
  }
}
