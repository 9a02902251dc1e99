package io.longwave.lorawan.classb;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.region.ClassB;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Class B ping-slot timing (LoRaWAN 1.0.4 §13 and LoRaWAN 1.1 §15, ping-slot randomization): in
 * each beacon period a device opens pingNb receive slots of 30 ms, the first {@code
 * BEACON_RESERVED + pingOffset * 30 ms} after the beacon and then every {@code pingPeriod * 30 ms},
 * with
 *
 * <pre>
 * Rand       = aes128_encrypt(16 x 0x00, beaconTime (4 bytes LE) | DevAddr (4 bytes LE) | 8 x 0x00)
 * pingPeriod = 2^12 / pingNb
 * pingOffset = (Rand[0] + Rand[1] * 256) mod pingPeriod
 * </pre>
 *
 * where beaconTime is the GPS second of the beacon period start modulo 2^32. All times here are
 * durations since the GPS epoch (see {@link GpsTime}); {@link #nextPingSlotAfter(DevAddr, int,
 * Duration)} is the scheduling step of a network server, as ChirpStack's {@code
 * get_next_ping_slot_after}.
 *
 * <p>Stateless and thread-safe: each call prepares its own AES context (one key schedule, reused
 * across the beacon periods one call visits). Failure modes: a pingNb that is not a power of two
 * from 1 to 128 throws {@link LorawanFormatException}; a null argument throws {@link
 * NullPointerException}.
 */
public final class PingSlot {

  private static final byte[] ZERO_KEY = new byte[AesKeyContext.BLOCK_SIZE];
  private static final long SLOT_NANOS = ClassB.PING_SLOT_LENGTH.toNanos();
  private static final long RESERVED_NANOS = ClassB.BEACON_RESERVED.toNanos();
  private static final long PERIOD_SECONDS = ClassB.BEACON_PERIOD.getSeconds();

  private PingSlot() {}

  /**
   * The pingOffset (0 to pingPeriod - 1) of {@code devAddr} in the beacon period starting at GPS
   * second {@code beaconTimeSeconds} (taken modulo 2^32, as the beacon Time field).
   *
   * @throws LorawanFormatException when pingNb is not a power of two from 1 to 128
   */
  public static int pingOffset(long beaconTimeSeconds, DevAddr devAddr, int pingNb) {
    Objects.requireNonNull(devAddr, "devAddr");
    int pingPeriod = ClassB.pingPeriod(pingNb);
    return pingOffset(AesKeyContext.of(ZERO_KEY), new byte[32], beaconTimeSeconds, devAddr,
        pingPeriod);
  }

  /**
   * The start times (since the GPS epoch) of the pingNb ping slots of {@code devAddr} in the
   * beacon period holding {@code gpsEpochTime}, earliest first.
   *
   * @throws LorawanFormatException when pingNb is not a power of two from 1 to 128
   */
  public static List<Duration> pingSlotsOfBeaconPeriod(
      Duration gpsEpochTime, DevAddr devAddr, int pingNb) {
    Objects.requireNonNull(devAddr, "devAddr");
    int pingPeriod = ClassB.pingPeriod(pingNb);
    long beaconTime = GpsTime.beaconTimeSeconds(gpsEpochTime);
    int offset = pingOffset(AesKeyContext.of(ZERO_KEY), new byte[32], beaconTime, devAddr,
        pingPeriod);
    List<Duration> slots = new ArrayList<>(pingNb);
    for (int n = 0; n < pingNb; n++) {
      slots.add(slotStart(beaconTime, offset, n, pingPeriod));
    }
    return List.copyOf(slots);
  }

  /**
   * The start (since the GPS epoch) of the first ping slot of {@code devAddr} that begins strictly
   * after {@code afterGpsEpochTime}, moving on to later beacon periods when none is left in the
   * current one.
   *
   * @throws LorawanFormatException when pingNb is not a power of two from 1 to 128
   */
  public static Duration nextPingSlotAfter(
      DevAddr devAddr, int pingNb, Duration afterGpsEpochTime) {
    Objects.requireNonNull(devAddr, "devAddr");
    Objects.requireNonNull(afterGpsEpochTime, "afterGpsEpochTime");
    int pingPeriod = ClassB.pingPeriod(pingNb);
    AesKeyContext aes = AesKeyContext.of(ZERO_KEY);
    byte[] buffer = new byte[32];
    long beaconTime = GpsTime.beaconTimeSeconds(afterGpsEpochTime);
    // The last slot ends before the beacon guard, so the next period always has a later slot.
    while (true) {
      int offset = pingOffset(aes, buffer, beaconTime, devAddr, pingPeriod);
      for (int n = 0; n < pingNb; n++) {
        Duration start = slotStart(beaconTime, offset, n, pingPeriod);
        if (start.compareTo(afterGpsEpochTime) > 0) {
          return start;
        }
      }
      beaconTime += PERIOD_SECONDS;
    }
  }

  /**
   * As {@link #nextPingSlotAfter(DevAddr, int, Duration)} for a UTC instant; the result is still a
   * time since the GPS epoch (convert it with {@link GpsTime#toInstant(Duration)}).
   */
  public static Duration nextPingSlotAfter(DevAddr devAddr, int pingNb, Instant after) {
    Objects.requireNonNull(after, "after");
    return nextPingSlotAfter(devAddr, pingNb, GpsTime.toGpsEpochTime(after));
  }

  private static Duration slotStart(long beaconTime, int offset, int n, int pingPeriod) {
    long slots = offset + (long) n * pingPeriod;
    return Duration.ofSeconds(beaconTime, RESERVED_NANOS + slots * SLOT_NANOS);
  }

  /** Rand from {@code buffer[0..16)} into {@code buffer[16..32)}, then the offset. */
  private static int pingOffset(
      AesKeyContext aes, byte[] buffer, long beaconTimeSeconds, DevAddr devAddr, int pingPeriod) {
    int time = (int) beaconTimeSeconds; // modulo 2^32
    int addr = devAddr.value();
    for (int i = 0; i < 4; i++) {
      buffer[i] = (byte) (time >>> (8 * i));
      buffer[4 + i] = (byte) (addr >>> (8 * i));
    }
    for (int i = 8; i < 16; i++) {
      buffer[i] = 0;
    }
    aes.encryptBlock(buffer, 0, buffer, 16);
    int rand = (buffer[16] & 0xff) + (buffer[17] & 0xff) * 256;
    return rand % pingPeriod;
  }
}
