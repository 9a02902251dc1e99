package io.longwave.application.multicast;

import io.longwave.application.multicast.MulticastGroupException.Reason;
import io.longwave.connector.api.frame.GatewayId;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceProfileRepository;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupRepository;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.domain.multicast.MulticastQueueRepository;
import io.longwave.downlink.multicast.MulticastGatewaySet;
import io.longwave.downlink.multicast.MulticastQueuePlan;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.DataRate;
import io.longwave.lorawan.region.DwellTime;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.session.DeviceSession;
import io.longwave.session.DeviceSessionRepository;
import io.longwave.session.LastUplinkGateway;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The multicast-group use cases (ChirpStack v3 {@code MulticastGroupService}, the entry point of
 * the REST API and the console): create, read, update and delete groups; add and remove member
 * devices; enqueue, list and flush a group's downlink queue. Each call is one transaction, so an
 * enqueue takes the group's frame counter and plans its copies atomically.
 *
 * <p>Enqueue: the payload must fit the group's data rate (RP002-1.0.3 maximum payload size N);
 * the frame counter is the group's next; the gateway set is the greedy cover of the gateways
 * that heard each member's last uplink (for a Class B group only GPS-synchronised ones, which
 * can transmit at a GPS time); one queue item is planned per gateway by {@link
 * MulticastQueuePlan}. Bad input is refused with a {@link MulticastGroupException}.
 */
@Stateless
public class MulticastGroupService {

  @EJB private MulticastGroupRepository groups;
  @EJB private MulticastQueueRepository queue;
  @EJB private DeviceRepository devices;
  @EJB private DeviceProfileRepository profiles;
  @EJB private DeviceSessionRepository sessions;
  private Clock clock = Clock.systemUTC();
  private MulticastQueuePlan plan = MulticastQueuePlan.defaults();

  public MulticastGroupService() {}

  /** Outside the container, on the given ports. */
  public MulticastGroupService(
      MulticastGroupRepository groups,
      MulticastQueueRepository queue,
      DeviceRepository devices,
      DeviceProfileRepository profiles,
      DeviceSessionRepository sessions,
      MulticastQueuePlan plan,
      Clock clock) {
    this.groups = Objects.requireNonNull(groups, "groups");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.devices = Objects.requireNonNull(devices, "devices");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Stores a new group.
   *
   * @throws MulticastGroupException when the id is taken or the data rate is not a downlink rate
   *     of the region
   */
  public MulticastGroup create(MulticastGroup group) {
    Objects.requireNonNull(group, "group");
    checkRadio(group);
    if (groups.find(group.id()).isPresent()) {
      throw new MulticastGroupException(group.id(), Reason.ALREADY_EXISTS,
          "a multicast group " + group.id() + " exists already");
    }
    groups.create(group);
    return group;
  }

  /** The group, or a {@link MulticastGroupException} when there is none. */
  public MulticastGroup get(UUID id) {
    return groups.find(id).orElseThrow(() -> unknownGroup(id));
  }

  /** Every group, by name. */
  public List<MulticastGroup> list() {
    return groups.list();
  }

  /**
   * Replaces a group's settings (keys, frame counter, class, radio settings).
   *
   * @throws MulticastGroupException when there is no such group or the data rate is invalid
   */
  public MulticastGroup update(MulticastGroup group) {
    Objects.requireNonNull(group, "group");
    checkRadio(group);
    if (!groups.update(group)) {
      throw unknownGroup(group.id());
    }
    return group;
  }

  /** Deletes a group, its members and its queue. */
  public void delete(UUID id) {
    if (!groups.delete(id)) {
      throw unknownGroup(id);
    }
  }

  /**
   * Adds a device to a group; adding a member again changes nothing.
   *
   * @throws MulticastGroupException when the group or device is unknown, or the device's profile
   *     is for another region than the group
   */
  public void addDevice(UUID groupId, Eui64 devEui) {
    MulticastGroup group = get(groupId);
    Device device = devices.find(devEui).orElseThrow(() -> new MulticastGroupException(groupId,
        Reason.UNKNOWN_DEVICE, "no device " + devEui));
    profiles.find(device.deviceProfileId())
        .filter(p -> p.region() != group.region())
        .ifPresent(p -> {
          throw new MulticastGroupException(groupId, Reason.INVALID, "device " + devEui
              + " is a " + p.region() + " device; the group is for " + group.region());
        });
    groups.addDevice(groupId, devEui);
  }

  /** Removes a device from a group. */
  public void removeDevice(UUID groupId, Eui64 devEui) {
    get(groupId);
    if (!groups.removeDevice(groupId, devEui)) {
      throw new MulticastGroupException(groupId, Reason.UNKNOWN_DEVICE,
          "device " + devEui + " is not a member of group " + groupId);
    }
  }

  /** The group's members in DevEUI order. */
  public List<Eui64> devices(UUID groupId) {
    get(groupId);
    return groups.devices(groupId);
  }

  /**
   * Enqueues a payload for the group's members.
   *
   * @param data the application payload, plain (encrypted with the McAppSKey when sent)
   * @return the frame counter the payload is sent with
   * @throws MulticastGroupException when the group is unknown, the FPort is not 1..223, the
   *     payload does not fit the group's data rate, or no gateway heard any member
   */
  public long enqueue(UUID groupId, int fPort, byte[] data) {
    MulticastGroup group = get(groupId);
    byte[] payload = data == null ? new byte[0] : data.clone();
    if (fPort < 1 || fPort > 223) {
      throw new MulticastGroupException(groupId, Reason.INVALID,
          "a downlink's FPort is 1..223, got " + fPort);
    }
    int max = maxPayloadSize(group);
    if (payload.length > max) {
      throw new MulticastGroupException(groupId, Reason.INVALID, "the payload has "
          + payload.length + " bytes; at DR" + group.dr() + " the group takes at most " + max);
    }
    List<GatewayId> gateways = gatewaySet(group);
    if (gateways.isEmpty()) {
      throw new MulticastGroupException(groupId, Reason.NO_GATEWAY,
          "no member of group " + groupId + " has been heard by a gateway that can send "
              + (group.groupType() == MulticastGroupType.CLASS_B
                  ? "at a GPS time (Class B)" : "to it"));
    }
    long fCnt = groups.takeFCnt(groupId, 1);
    MulticastQueueItem last = queue.last(groupId).orElse(null);
    for (MulticastQueueItem item :
        plan.plan(group, gateways, fCnt, fPort, payload, last, clock.instant())) {
      queue.enqueue(item);
    }
    return fCnt;
  }

  /** The group's queue: one item per frame and gateway, by schedule time. */
  public List<MulticastQueueItem> queue(UUID groupId) {
    get(groupId);
    return queue.list(groupId);
  }

  /** Empties the group's queue; returns how many items were removed. */
  public int flush(UUID groupId) {
    get(groupId);
    return queue.flush(groupId);
  }

  /** The gateways the group's frames go through: a greedy cover of its members' gateways. */
  List<GatewayId> gatewaySet(MulticastGroup group) {
    boolean gpsOnly = group.groupType() == MulticastGroupType.CLASS_B;
    Map<Eui64, List<GatewayId>> heardBy = new LinkedHashMap<>();
    for (Eui64 member : groups.devices(group.id())) {
      Optional<DeviceSession> session = sessions.find(member);
      if (session.isEmpty()) {
        continue;
      }
      List<GatewayId> heard = new ArrayList<>();
      for (LastUplinkGateway g : session.get().lastUplinkGateways()) {
        if (!gpsOnly || g.gpsSynchronised()) {
          heard.add(g.gatewayId());
        }
      }
      heardBy.put(member, heard);
    }
    return MulticastGatewaySet.cover(heardBy);
  }

  private static void checkRadio(MulticastGroup group) {
    Region region = Regions.get(group.region());
    try {
      DataRate rate = region.dataRate(group.dr());
      if (!rate.downlink()) {
        throw new LorawanFormatException("DR" + group.dr() + " is not a downlink data rate");
      }
      region.maxPayloadSize(group.dr(), DwellTime.NO_LIMIT, false);
    } catch (LorawanFormatException e) {
      throw new MulticastGroupException(group.id(), Reason.INVALID,
          "DR" + group.dr() + " cannot be used for " + group.region() + " downlinks: "
              + e.getMessage());
    }
  }

  private static int maxPayloadSize(MulticastGroup group) {
    return Regions.get(group.region()).maxPayloadSize(group.dr(), DwellTime.NO_LIMIT, false).n();
  }

  private static MulticastGroupException unknownGroup(UUID id) {
    return new MulticastGroupException(id, Reason.UNKNOWN_GROUP, "no multicast group " + id);
  }
}
