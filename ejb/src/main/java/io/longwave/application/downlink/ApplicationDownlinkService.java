package io.longwave.application.downlink;

import io.longwave.application.directory.DeviceDirectory;
import io.longwave.application.directory.DirectoryEntry;
import io.longwave.codec.CodecException;
import io.longwave.codec.PayloadCodec;
import io.longwave.codec.PayloadCodecs;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.downlink.DeviceQueueException;
import io.longwave.downlink.DeviceQueueService;
import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.InvalidDownlinkException;
import io.longwave.lorawan.FrameCounter;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * Enqueues an application's downlink. Steps: {@code findDevice}, {@code checkApplication} (the
 * device must belong to the application the request came through), {@code checkFPort} (1..223,
 * LoRaWAN 1.0.4 §4.3.2), {@code encodePayload} (an {@code object} goes through the profile's
 * codec and wins over {@code data}, as in ChirpStack v3; no codec means the object is refused),
 * {@code enqueue} (the device queue checks the size for the device's data rate) and {@code
 * predictFCnt}.
 *
 * <p>The FCnt returned is the one the item will be sent with when no other downlink takes a
 * counter first: the session's next AFCntDown (LoRaWAN 1.1) or FCntDown (1.0.x) plus the items
 * queued before it and not yet sent; a device without a session counts from 0. Threading:
 * thread-safe if its ports are. Every refusal is an {@link InvalidDownlinkException}.
 */
public final class ApplicationDownlinkService implements ApplicationDownlinks {

  private final DeviceDirectory directory;
  private final PayloadCodecs codecs;
  private final DeviceQueueService queueService;
  private final DeviceQueueRepository queue;
  private final DeviceSessionRepository sessions;

  public ApplicationDownlinkService(
      DeviceDirectory directory,
      PayloadCodecs codecs,
      DeviceQueueService queueService,
      DeviceQueueRepository queue,
      DeviceSessionRepository sessions) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.codecs = Objects.requireNonNull(codecs, "codecs");
    this.queueService = Objects.requireNonNull(queueService, "queueService");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public long enqueue(DownlinkCommand command) throws InvalidDownlinkException {
    Objects.requireNonNull(command, "command");
    DirectoryEntry device = findDevice(command);
    checkApplication(command, device);
    checkFPort(command);
    byte[] payload = encodePayload(command, device);
    DeviceQueueItem item = enqueue(command, payload);
    return predictFCnt(item);
  }

  private DirectoryEntry findDevice(DownlinkCommand command) throws InvalidDownlinkException {
    return directory
        .find(command.devEui())
        .orElseThrow(() -> new InvalidDownlinkException("no device " + command.devEui()));
  }

  private static void checkApplication(DownlinkCommand command, DirectoryEntry device)
      throws InvalidDownlinkException {
    if (device.applicationId() != command.applicationId()) {
      throw new InvalidDownlinkException(
          "device " + command.devEui() + " does not belong to application "
              + command.applicationId());
    }
  }

  private static void checkFPort(DownlinkCommand command) throws InvalidDownlinkException {
    if (command.fPort() < 1 || command.fPort() > 223) {
      throw new InvalidDownlinkException(
          "a downlink's FPort is 1..223, got " + command.fPort());
    }
  }

  private byte[] encodePayload(DownlinkCommand command, DirectoryEntry device)
      throws InvalidDownlinkException {
    if (command.object() == null) {
      return command.data() == null ? new byte[0] : command.data();
    }
    Optional<PayloadCodec> codec =
        codecs.forProfile(
            device.profile().codec(),
            device.profile().profileId().toString(),
            device.profile().decoderScript(),
            device.profile().encoderScript());
    if (codec.isEmpty()) {
      throw new InvalidDownlinkException(
          "the device profile of " + command.devEui() + " has no payload codec to encode an"
              + " object; send the payload as data (base64) instead");
    }
    try {
      return codec.get().encodeDownlink(command.fPort(), command.object(), device.variables());
    } catch (CodecException e) {
      throw new InvalidDownlinkException("the object could not be encoded: " + e.getMessage(), e);
    }
  }

  private DeviceQueueItem enqueue(DownlinkCommand command, byte[] payload)
      throws InvalidDownlinkException {
    try {
      return queueService.enqueue(command.devEui(), command.fPort(), payload, command.confirmed());
    } catch (DeviceQueueException e) {
      throw new InvalidDownlinkException(e.getMessage(), e);
    }
  }

  private long predictFCnt(DeviceQueueItem item) {
    long next =
        sessions
            .find(item.devEui())
            .map(ApplicationDownlinkService::nextApplicationFCnt)
            .orElse(0L);
    long before = 0;
    for (DeviceQueueItem queued : queue.list(item.devEui())) {
      if (queued.id().equals(item.id())) {
        break;
      }
      if (!queued.pending()) {
        before++;
      }
    }
    return (next + before) & FrameCounter.MAX;
  }

  private static long nextApplicationFCnt(DeviceSession s) {
    return s.macVersion().isLorawan11() ? s.aFCntDown() : s.nFCntDown();
  }
}
