package io.longwave.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.api.security.CurrentCaller;
import io.longwave.application.activation.AbpActivationService;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.DeviceActivations;
import io.longwave.application.management.DeviceProfileService;
import io.longwave.application.management.DeviceQueues;
import io.longwave.application.management.DeviceService;
import io.longwave.application.management.MulticastGroups;
import io.longwave.application.multicast.MulticastGroupService;
import io.longwave.downlink.multicast.MulticastQueuePlan;
import io.longwave.testing.InMemoryMulticastGroupCatalog;
import io.longwave.testing.InMemoryMulticastGroupRepository;
import io.longwave.testing.InMemoryMulticastQueueRepository;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.integration.DownlinkCommand;
import io.longwave.lorawan.NetId;
import io.longwave.testing.InMemoryDevNonceRepository;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.InMemoryDeviceRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.testing.InMemoryManagementStore;
import io.longwave.uplink.join.DevAddrAllocator;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;

/**
 * The management services over in-memory stores, for the resource tests: organization 1 (with a
 * service profile) and 2, callers of every role in organization 1, NetID 000013, and a downlink
 * port that queues raw payloads and records each command.
 */
public final class ManagementApi {

  public static final long ORG = 1;
  public static final long OTHER_ORG = 2;
  public static final NetId NET_ID = new NetId(0x13);

  public final InMemoryDeviceRepository deviceRepository = new InMemoryDeviceRepository();
  public final InMemoryManagementStore store = new InMemoryManagementStore(deviceRepository);
  public final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
  public final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
  public final List<DownlinkCommand> downlinks = new ArrayList<>();
  public final UUID serviceProfile;
  public final ApplicationService applications = new ApplicationService(store, store, store);
  public final DeviceProfileService profiles =
      new DeviceProfileService(deviceRepository, store, store, store, store);
  public final DeviceService devices =
      new DeviceService(deviceRepository, store, deviceRepository, store, store);
  public final DeviceActivations activations = new DeviceActivations(devices, deviceRepository,
      sessions, new AbpActivationService(deviceRepository, deviceRepository, sessions,
          new InMemoryDevNonceRepository(), queue, Clock.systemUTC()),
      new DevAddrAllocator(NET_ID, new Random(7)));
  public final DeviceQueues queues = new DeviceQueues(devices, queue, () -> command -> {
    downlinks.add(command);
    queue.enqueue(new DeviceQueueItem(UUID.randomUUID(), command.devEui(), command.fPort(),
        command.data() == null ? command.object().toString().getBytes() : command.data(),
        command.confirmed(), false, -1, null, java.time.Instant.now()));
    return queue.list(command.devEui()).size() - 1;
  });

  public final InMemoryMulticastQueueRepository multicastQueue =
      new InMemoryMulticastQueueRepository();
  public final InMemoryMulticastGroupRepository multicastGroups =
      new InMemoryMulticastGroupRepository(multicastQueue);
  public final MulticastGroupService multicastService = new MulticastGroupService(
      multicastGroups, multicastQueue, deviceRepository, deviceRepository, sessions,
      MulticastQueuePlan.defaults(), Clock.systemUTC());
  public final MulticastGroups multicast = new MulticastGroups(() -> multicastService,
      new InMemoryMulticastGroupCatalog(multicastGroups, store), store, deviceRepository);

  public ManagementApi() {
    store.addOrganization(ORG, 0);
    store.addOrganization(OTHER_ORG, 0);
    serviceProfile = store.addServiceProfile(ORG);
  }

  /** A current caller standing for {@code policy}. */
  public static CurrentCaller caller(AccessPolicy policy) {
    return new CurrentCaller() {
      @Override
      public AccessPolicy policy() {
        return policy;
      }

      @Override
      public Caller caller() {
        return policy.caller();
      }
    };
  }

  public static AccessPolicy globalAdmin() {
    return new AccessPolicy(new Caller.User(1, "admin", true), org -> Optional.empty());
  }

  public static AccessPolicy member(OrganizationRole role) {
    return new AccessPolicy(new Caller.User(9, "user@example.com", false),
        org -> org == ORG ? Optional.of(role) : Optional.empty());
  }

  public static AccessPolicy viewer() {
    return member(OrganizationRole.VIEWER);
  }

  public static AccessPolicy deviceAdmin() {
    return member(new OrganizationRole(false, true, false));
  }

  public static JsonObject json(String text) {
    try (JsonReader r = Json.createReader(new StringReader(text.replace('\'', '"')))) {
      return r.readObject();
    }
  }

  /** Asserts that {@code call} is refused with {@code code}; returns the message. */
  public static String refused(ErrorCode code, Executable call) {
    ApiException e = assertThrows(ApiException.class, call);
    assertEquals(code, e.code(), e.getMessage());
    return e.getMessage();
  }
}
