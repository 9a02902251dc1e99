package io.longwave.domain.multicast;

import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored multicast groups and their member devices. Implementations join the caller's
 * transaction or start one of their own; they are thread-safe.
 */
public interface MulticastGroupRepository {

  /** Stores a new group. */
  void create(MulticastGroup group);

  Optional<MulticastGroup> find(UUID id);

  /** Every group, by name. */
  List<MulticastGroup> list();

  /**
   * Replaces a stored group.
   *
   * @return false when there is no such group
   */
  boolean update(MulticastGroup group);

  /** Deletes a group with its members and queue; false when there was none. */
  boolean delete(UUID id);

  /**
   * Takes the group's frame counter for {@code count} frames: returns the first and stores it
   * plus {@code count}, atomically with respect to other callers.
   *
   * @throws IllegalArgumentException when there is no such group
   */
  long takeFCnt(UUID id, int count);

  /**
   * Adds a device (stored, by DevEUI) to a group; adding a member again changes nothing.
   *
   * @return false when it already was a member
   */
  boolean addDevice(UUID groupId, Eui64 devEui);

  /** Removes a device from a group; false when it was not a member. */
  boolean removeDevice(UUID groupId, Eui64 devEui);

  /** The group's members in DevEUI order. */
  List<Eui64> devices(UUID groupId);
}
