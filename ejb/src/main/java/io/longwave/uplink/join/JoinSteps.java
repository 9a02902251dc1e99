package io.longwave.uplink.join;

import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceQueueRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.lorawan.Eui64;
import io.longwave.network.NetworkSettings;
import io.longwave.session.ConcurrentSessionUpdateException;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Supplier;

/** The steps that joins and rejoins take alike: find the device and profile, replace the session. */
final class JoinSteps {

  private static final Logger LOG = System.getLogger(JoinSteps.class.getName());
  private static final int SAVE_ATTEMPTS = 3;

  private JoinSteps() {}

  /** The device that asks, if it exists and is enabled. */
  static Device device(DeviceRepository devices, Eui64 devEui) throws JoinRejectedException {
    Device d =
        devices
            .find(devEui)
            .orElseThrow(
                () -> new JoinRejectedException(JoinRejection.UNKNOWN_DEVICE, "no device " + devEui));
    if (d.disabled()) {
      throw new JoinRejectedException(JoinRejection.DEVICE_DISABLED, "the device is disabled");
    }
    return d;
  }

  /** The device's profile. */
  static DeviceProfile profile(DeviceProfileRepository profiles, Device device)
      throws JoinRejectedException {
    return profiles
        .find(device.deviceProfileId())
        .orElseThrow(
            () ->
                new JoinRejectedException(
                    JoinRejection.UNKNOWN_DEVICE_PROFILE,
                    "no device profile " + device.deviceProfileId()));
  }

  /**
   * Replaces any previous session: the old one is deleted and the new one created, so that a flow
   * still holding the old session fails its save (its version and keys no longer match) instead
   * of overwriting the new one. Retried when a concurrent save gets in between.
   *
   * @param newSession builds the session to save, once per attempt
   */
  static DeviceSession replaceSession(
      DeviceSessionRepository sessions, Eui64 devEui, Supplier<DeviceSession> newSession)
      throws JoinRejectedException {
    for (int attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
      DeviceSession s = newSession.get();
      try {
        sessions.delete(devEui);
        sessions.save(s);
        return s;
      } catch (ConcurrentSessionUpdateException e) {
        LOG.log(Level.DEBUG, () -> "session of " + devEui + " changed, retrying");
      }
    }
    throw new JoinRejectedException(
        JoinRejection.CONCURRENT_SESSION_UPDATE, "the session of " + devEui + " kept changing");
  }

  /** Empties the queue when both the network and the device's profile say so. */
  static void flushQueue(
      DeviceQueueRepository queue, NetworkSettings settings, DeviceProfile profile, Eui64 devEui) {
    if (settings.flushQueueOnJoin() && profile.flushQueueOnActivate()) {
      int n = queue.flush(devEui);
      if (n > 0) {
        LOG.log(Level.DEBUG, () -> n + " queue items of " + devEui + " flushed");
      }
    }
  }
}
