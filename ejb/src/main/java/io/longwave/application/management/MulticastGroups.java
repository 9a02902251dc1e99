package io.longwave.application.management;

import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.error.ApiException;
import io.longwave.application.multicast.MulticastGroupException;
import io.longwave.application.multicast.MulticastGroupService;
import io.longwave.domain.application.Application;
import io.longwave.domain.application.ApplicationRepository;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceRepository;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupCatalog;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupSummary;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Multicast groups as the API manages them (ChirpStack v3 {@code MulticastGroupService}): the
 * caller's rights are checked through the group's application and its organization, as for the
 * application's devices (readers read, device admins and the application's API key write), then
 * the call goes to {@link MulticastGroupService}, whose refusals become {@link ApiException}s. A
 * group stored without an application is reached by global admins only. Members must be devices
 * of the group's application. Every call is one transaction.
 */
@ApplicationScoped
@Transactional
public class MulticastGroups {

  private Supplier<MulticastGroupService> service;
  private MulticastGroupCatalog catalog;
  private ApplicationRepository applications;
  private DeviceRepository devices;

  protected MulticastGroups() {}

  @Inject
  public MulticastGroups(MulticastGroupService service, MulticastGroupCatalog catalog,
      ApplicationRepository applications, DeviceRepository devices) {
    this(() -> service, catalog, applications, devices);
  }

  /** On the given service (tests). */
  public MulticastGroups(Supplier<MulticastGroupService> service, MulticastGroupCatalog catalog,
      ApplicationRepository applications, DeviceRepository devices) {
    this.service = Objects.requireNonNull(service, "service");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.applications = Objects.requireNonNull(applications, "applications");
    this.devices = Objects.requireNonNull(devices, "devices");
  }

  /** Creates the group in the application; returns its id. */
  public UUID create(AccessPolicy policy, long applicationId, MulticastGroup group) {
    ManagementAccess.requireDeviceWrite(policy, application(applicationId));
    call(() -> service.get().create(group));
    catalog.assign(group.id(), applicationId);
    return group.id();
  }

  /** The group with its application and times. */
  public MulticastGroupSummary get(AccessPolicy policy, UUID id) {
    return readable(policy, id);
  }

  /** The application of a group (for its names in answers); null for a group without one. */
  public Application applicationOf(MulticastGroupSummary group) {
    return group.applicationId() == null ? null
        : applications.find(group.applicationId()).orElse(null);
  }

  /**
   * Replaces the group's settings; it stays in its application.
   *
   * @param applicationId the application the request names, or null when it names none
   */
  public void update(AccessPolicy policy, Long applicationId, MulticastGroup group) {
    MulticastGroupSummary stored = writable(policy, group.id());
    if (applicationId != null && !applicationId.equals(stored.applicationId())) {
      throw ApiException.invalidArgument("a multicast group cannot be moved to another"
          + " application");
    }
    call(() -> service.get().update(group));
  }

  /** Deletes the group with its members and queue. */
  public void delete(AccessPolicy policy, UUID id) {
    writable(policy, id);
    call(() -> {
      service.get().delete(id);
      return null;
    });
  }

  /**
   * A page of groups by name. An application API key lists its application's groups only; other
   * callers name an application, an organization or a device, unless they are global admins.
   */
  public Page<MulticastGroupSummary> list(AccessPolicy policy, MulticastGroupFilter filter,
      int limit, int offset) {
    MulticastGroupFilter f = filter;
    if (f.devEui() != null) {
      Device device = device(f.devEui());
      ManagementAccess.requireApplicationRead(policy, application(device.applicationId()));
      if (f.applicationId() == null && f.organizationId() == null) {
        f = f.inApplication(device.applicationId());
      }
    }
    Long keyApp = ManagementAccess.keyApplication(policy);
    if (keyApp != null) {
      if (f.applicationId() != null && !f.applicationId().equals(keyApp)) {
        throw new AccessDeniedException("no access to application " + f.applicationId());
      }
      f = f.inApplication(keyApp);
    }
    if (f.applicationId() != null) {
      ManagementAccess.requireApplicationRead(policy, application(f.applicationId()));
    } else if (f.organizationId() != null) {
      policy.requireOrganizationRead(f.organizationId());
    } else if (!policy.isGlobalAdmin()) {
      throw ApiException.invalidArgument("organizationID, applicationID or devEUI is required");
    }
    return new Page<>(catalog.count(f), catalog.list(f, limit, offset));
  }

  /** Adds a device of the group's application to the group. */
  public void addDevice(AccessPolicy policy, UUID groupId, Eui64 devEui) {
    MulticastGroupSummary group = writable(policy, groupId);
    Device device = device(devEui);
    if (group.applicationId() != null && device.applicationId() != group.applicationId()) {
      throw ApiException.invalidArgument("device " + devEui + " is not a device of application "
          + group.applicationId() + ", which multicast group " + groupId + " belongs to");
    }
    call(() -> {
      service.get().addDevice(groupId, devEui);
      return null;
    });
  }

  /** The DevEUIs of the group's members. */
  public List<Eui64> devices(AccessPolicy policy, UUID groupId) {
    readable(policy, groupId);
    return call(() -> service.get().devices(groupId));
  }

  /** Removes a device from the group. */
  public void removeDevice(AccessPolicy policy, UUID groupId, Eui64 devEui) {
    writable(policy, groupId);
    call(() -> {
      service.get().removeDevice(groupId, devEui);
      return null;
    });
  }

  /**
   * Enqueues a payload for the group's members.
   *
   * @return the frame counter it is sent with
   */
  public long enqueue(AccessPolicy policy, UUID groupId, int fPort, byte[] data) {
    writable(policy, groupId);
    return call(() -> service.get().enqueue(groupId, fPort, data));
  }

  /**
   * The group's queue, one item per frame: the copies planned for each gateway of the group's
   * gateway set carry the same frame counter and payload, and are shown once.
   */
  public List<MulticastQueueItem> queue(AccessPolicy policy, UUID groupId) {
    readable(policy, groupId);
    return framesOf(call(() -> service.get().queue(groupId)));
  }

  /** Empties the group's queue; returns how many items (gateway copies) were removed. */
  public int flush(AccessPolicy policy, UUID groupId) {
    writable(policy, groupId);
    return call(() -> service.get().flush(groupId));
  }

  /** The first planned copy of each frame, by frame counter. */
  static List<MulticastQueueItem> framesOf(List<MulticastQueueItem> copies) {
    Map<Long, MulticastQueueItem> byFCnt = new LinkedHashMap<>();
    for (MulticastQueueItem item : copies) {
      byFCnt.merge(item.fCnt(), item,
          (a, b) -> b.scheduleAt().isBefore(a.scheduleAt()) ? b : a);
    }
    List<MulticastQueueItem> frames = new ArrayList<>(byFCnt.values());
    frames.sort(Comparator.comparingLong(MulticastQueueItem::fCnt));
    return frames;
  }

  private MulticastGroupSummary readable(AccessPolicy policy, UUID id) {
    MulticastGroupSummary group = find(id);
    if (group.applicationId() == null) {
      policy.requireGlobalAdmin();
    } else {
      ManagementAccess.requireApplicationRead(policy, application(group.applicationId()));
    }
    return group;
  }

  private MulticastGroupSummary writable(AccessPolicy policy, UUID id) {
    MulticastGroupSummary group = find(id);
    if (group.applicationId() == null) {
      policy.requireGlobalAdmin();
    } else {
      ManagementAccess.requireDeviceWrite(policy, application(group.applicationId()));
    }
    return group;
  }

  private MulticastGroupSummary find(UUID id) {
    return catalog.find(id)
        .orElseThrow(() -> ApiException.notFound("no multicast group " + id));
  }

  private Application application(long id) {
    return applications.find(id)
        .orElseThrow(() -> ApiException.notFound("no application " + id));
  }

  private Device device(Eui64 devEui) {
    return devices.find(devEui).orElseThrow(() -> ApiException.notFound("no device " + devEui));
  }

  /** Runs a call of the service, turning its refusals into the API's errors. */
  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (MulticastGroupException e) {
      throw switch (e.reason()) {
        case UNKNOWN_GROUP, UNKNOWN_DEVICE -> ApiException.notFound(e.getMessage());
        case ALREADY_EXISTS -> ApiException.alreadyExists(e.getMessage());
        case NO_GATEWAY -> ApiException.aborted(e.getMessage());
        case INVALID -> ApiException.invalidArgument(e.getMessage());
      };
    }
  }
}
