package io.longwave.domain.multicast;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.FrameCounter;
import io.longwave.lorawan.region.RegionId;
import java.util.Objects;
import java.util.UUID;

/**
 * A multicast group as ChirpStack v3 keeps it: the McAddr and the McNwkSKey and McAppSKey every
 * member shares (LoRaWAN TS005 §4), the next downlink frame counter, and how and where its frames
 * are sent. Immutable.
 *
 * @param id the group's id
 * @param name a name for people
 * @param region the region of its members
 * @param mcAddr the multicast address the frames carry
 * @param mcNwkSKey the key of the frames' MIC
 * @param mcAppSKey the key of the frames' FRMPayload encryption
 * @param fCnt the frame counter of the next frame (32 bits)
 * @param groupType Class B or Class C
 * @param dr the data rate of the frames
 * @param frequencyHz the frequency of the frames; 0 for the region's default (the ping-slot
 *     frequency for Class B, which may hop, the RX2 frequency for Class C)
 * @param pingSlotPeriod Class B: the ping period in 30 ms slots, a power of two from 32 (every
 *     second) to 4096 (once per beacon period); 0 for Class C
 */
public record MulticastGroup(
    UUID id,
    String name,
    RegionId region,
    DevAddr mcAddr,
    Aes128Key mcNwkSKey,
    Aes128Key mcAppSKey,
    long fCnt,
    MulticastGroupType groupType,
    int dr,
    long frequencyHz,
    int pingSlotPeriod) {

  /** The ping period of a group that receives once per beacon period. */
  public static final int MAX_PING_SLOT_PERIOD = 4096;

  /**
   * @throws IllegalArgumentException when a value is out of range
   */
  public MulticastGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(mcAddr, "mcAddr");
    Objects.requireNonNull(mcNwkSKey, "mcNwkSKey");
    Objects.requireNonNull(mcAppSKey, "mcAppSKey");
    Objects.requireNonNull(groupType, "groupType");
    name = name == null ? "" : name;
    if (fCnt < 0 || fCnt > FrameCounter.MAX) {
      throw new IllegalArgumentException("a frame counter is 0 to 2^32 - 1, got " + fCnt);
    }
    if (dr < 0 || dr > 15) {
      throw new IllegalArgumentException("a data rate is 0 to 15, got " + dr);
    }
    if (frequencyHz < 0) {
      throw new IllegalArgumentException("the frequency cannot be negative, got " + frequencyHz);
    }
    if (groupType == MulticastGroupType.CLASS_B) {
      if (pingSlotPeriod < 32 || pingSlotPeriod > MAX_PING_SLOT_PERIOD
          || Integer.bitCount(pingSlotPeriod) != 1) {
        throw new IllegalArgumentException("the ping-slot period of a Class B group is a power of"
            + " two from 32 to 4096 slots of 30 ms, got " + pingSlotPeriod);
      }
    } else if (pingSlotPeriod != 0) {
      throw new IllegalArgumentException("a Class C group has no ping-slot period, got "
          + pingSlotPeriod);
    }
  }

  /** Class B: ping slots per beacon period, 4096 / pingSlotPeriod. */
  public int pingNb() {
    if (groupType != MulticastGroupType.CLASS_B) {
      throw new IllegalStateException("a Class C group has no ping slots");
    }
    return MAX_PING_SLOT_PERIOD / pingSlotPeriod;
  }

  /** This group with another frame counter. */
  public MulticastGroup withFCnt(long next) {
    return new MulticastGroup(id, name, region, mcAddr, mcNwkSKey, mcAppSKey, next, groupType, dr,
        frequencyHz, pingSlotPeriod);
  }
}
