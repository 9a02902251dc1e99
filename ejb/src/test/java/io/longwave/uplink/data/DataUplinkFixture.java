package io.longwave.uplink.data;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.MacVersion;
import io.longwave.framelog.DeviceActivity;
import io.longwave.framelog.InMemoryFrameLog;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.SessionKeys;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.region.RegionId;
import io.longwave.network.NetworkSettings;
import io.longwave.session.CachedDeviceSessions;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.RecordingApplicationEvents;
import io.longwave.testing.RecordingClassADownlinks;
import io.longwave.testing.RecordingMacCommandHandling;
import io.longwave.uplink.ReceptionRegions;
import io.longwave.uplink.UplinkFrameSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A {@link DataUplinkFlow} wired to in-memory edges and recording ports, with a scheduler that
 * records the delay and answers at once. Devices are activated on EU868 with an OTAA profile.
 */
public final class DataUplinkFixture {

  public static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  public final DeviceSessionRepository sessions;
  public final InMemoryDeviceRepository devices = new InMemoryDeviceRepository();
  public final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
  public final RecordingApplicationEvents events = new RecordingApplicationEvents();
  public final RecordingClassADownlinks downlinks = new RecordingClassADownlinks();
  public final RecordingMacCommandHandling mac = new RecordingMacCommandHandling();
  public final UplinkDrops drops = new UplinkDrops();
  public final NetworkSettings settings = NetworkSettings.defaults();
  public final List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
  public final InMemoryFrameLog frames = new InMemoryFrameLog();
  public final DeviceActivity activity = new DeviceActivity(devices);
  /** Regions of gateways; a gateway not in it serves every region. */
  public final Map<GatewayId, RegionId> gatewayRegions = new ConcurrentHashMap<>();
  private final ReceptionRegions receptions =
      new ReceptionRegions(
          g -> Optional.ofNullable(gatewayRegions.get(g)), Duration.ZERO,
          Clock.fixed(NOW, ZoneOffset.UTC));
  public final DataUplinkFlow flow;

  /** A fixture whose sessions are kept in memory in front of their store, as in the server. */
  public DataUplinkFixture() {
    this(new CachedDeviceSessions(new InMemoryDeviceSessionRepository(),
        Clock.fixed(NOW, ZoneOffset.UTC), CachedDeviceSessions.DEFAULT_TTL,
        CachedDeviceSessions.DEFAULT_MAX_SESSIONS));
  }

  /** A fixture over another session repository (one that interleaves saves, for example). */
  public DataUplinkFixture(DeviceSessionRepository sessions) {
    this.sessions = sessions;
    DownlinkDelayScheduler scheduler = (delay, task) -> {
      delays.add(delay);
      task.run();
    };
    flow = new DataUplinkFlow(sessions, devices, devices, queue, mac, events, downlinks, scheduler,
        settings, drops, new AesKeyContextCache(64), frames, activity, receptions,
        Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /**
   * Stores a device, its EU868 profile and a session expecting FCntUp {@code fCntUp}.
   *
   * @param setup more session settings (may be a no-op)
   */
  public DeviceSession activate(
      Eui64 devEui,
      DevAddr devAddr,
      MacVersion version,
      SessionKeys keys,
      long fCntUp,
      boolean skipFCntCheck,
      Consumer<DeviceSession> setup) {
    DeviceProfile profile = DeviceProfile.otaa(UUID.randomUUID(), RegionId.EU868, version);
    devices.save(profile);
    devices.save(new Device(devEui, "device " + devEui, 1, profile.id(), null, null,
        skipFCntCheck, false, 0));
    DeviceSession s = new DeviceSession(devEui, devAddr, version, RegionId.EU868, keys, NOW);
    s.fCntUp(fCntUp).dr(5).rx2FrequencyHz(869_525_000L);
    setup.accept(s);
    sessions.save(s);
    return s;
  }

  /** Decodes the frame set's PHYPayload and hands it to the flow, as the router does. */
  public DataUplinkOutcome send(UplinkFrameSet uplink) {
    return flow.handle(uplink, PhyPayload.decode(uplink.phyPayload()));
  }

  /** The stored session. */
  public DeviceSession session(Eui64 devEui) {
    return sessions.find(devEui).orElseThrow();
  }
}
