package io.longwave.application.management;

import static io.longwave.application.management.DeviceManagementFixture.ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.application.activation.AbpActivationService;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.Caller;
import io.longwave.application.error.ApiException;
import io.longwave.domain.application.Application;
import io.longwave.domain.device.Device;
import io.longwave.domain.device.DeviceFilter;
import io.longwave.domain.device.DeviceKeys;
import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.NetId;
import io.longwave.application.multicast.MulticastGroupService;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupFilter;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.downlink.multicast.MulticastQueuePlan;
import io.longwave.lorawan.region.RegionId;
import io.longwave.testing.InMemoryDevNonceRepository;
import io.longwave.testing.InMemoryMulticastGroupCatalog;
import io.longwave.testing.InMemoryMulticastGroupRepository;
import io.longwave.testing.InMemoryMulticastQueueRepository;
import io.longwave.testing.InMemoryDeviceQueueRepository;
import io.longwave.testing.InMemoryDeviceSessionRepository;
import io.longwave.uplink.join.DevAddrAllocator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what to applications, device profiles, devices, keys, activation, queues and
 * multicast groups (through their application): one row per operation and role, allowed or denied. Organization 1 owns application "own" (with a
 * device and an ABP profile) and application "other"; a row is allowed when the call passes the
 * access checks (it may still fail for another reason, e.g. no session yet). Requests without a
 * token never reach the services: the API answers 401 before.
 */
class DeviceManagementAuthorizationMatrixTest {

  /** The roles, by name. */
  static final Map<String, Function<World, AccessPolicy>> ROLES = Map.ofEntries(
      Map.entry("global admin", w -> DeviceManagementFixture.globalAdmin()),
      Map.entry("org admin", w -> DeviceManagementFixture.orgAdmin()),
      Map.entry("device admin", w -> DeviceManagementFixture.deviceAdmin()),
      Map.entry("gateway admin", w -> DeviceManagementFixture.gatewayAdmin()),
      Map.entry("viewer", w -> DeviceManagementFixture.viewer()),
      Map.entry("user of another org", w -> DeviceManagementFixture.outsider()),
      Map.entry("admin API key", w -> new AccessPolicy(
          new Caller.ApiKey("k0", true, null, null), org -> Optional.empty())),
      Map.entry("org API key", w -> DeviceManagementFixture.organizationKey()),
      Map.entry("other org's API key", w -> new AccessPolicy(
          new Caller.ApiKey("k3", false, DeviceManagementFixture.OTHER_ORG, null),
          org -> Optional.empty())),
      Map.entry("app API key", w -> DeviceManagementFixture.applicationKey(w.app)),
      Map.entry("other app's API key",
          w -> DeviceManagementFixture.applicationKey(w.otherApp)));

  /** Roles that may read the organization's applications and devices. */
  static final List<String> READERS = List.of("global admin", "admin API key", "org admin",
      "device admin", "gateway admin", "viewer", "org API key", "app API key");
  /** Roles that may change the application's devices. */
  static final List<String> DEVICE_WRITERS = List.of("global admin", "admin API key",
      "org admin", "device admin", "org API key", "app API key");
  /** Roles that may create and delete applications and change profiles. */
  static final List<String> ORG_DEVICE_ADMINS = List.of("global admin", "admin API key",
      "org admin", "device admin", "org API key");

  /** The stores and services of one row, with application, profile and device in place. */
  static final class World {
    final DeviceManagementFixture f = new DeviceManagementFixture();
    final InMemoryDeviceSessionRepository sessions = new InMemoryDeviceSessionRepository();
    final InMemoryDeviceQueueRepository queue = new InMemoryDeviceQueueRepository();
    final DeviceActivations activations = new DeviceActivations(f.devices, f.deviceRepository,
        sessions, new AbpActivationService(f.deviceRepository, f.deviceRepository, sessions,
            new InMemoryDevNonceRepository(), queue, Clock.systemUTC()),
        new DevAddrAllocator(new NetId(0), new Random(1)));
    final DeviceQueues queues = new DeviceQueues(f.devices, queue, () -> command -> 0);
    final long app = f.createApplication("own");
    final long otherApp = f.createApplication("other");
    final DeviceProfile profile = f.createProfile(ORG, false);
    final Eui64 device = new Eui64(0x0102);
    final InMemoryMulticastQueueRepository multicastQueue = new InMemoryMulticastQueueRepository();
    final InMemoryMulticastGroupRepository multicastGroups =
        new InMemoryMulticastGroupRepository(multicastQueue);
    final MulticastGroupService multicastService = new MulticastGroupService(multicastGroups,
        multicastQueue, f.deviceRepository, f.deviceRepository, sessions,
        MulticastQueuePlan.defaults(), Clock.systemUTC());
    final MulticastGroups multicast = new MulticastGroups(() -> multicastService,
        new InMemoryMulticastGroupCatalog(multicastGroups, f.store), f.store, f.deviceRepository);
    final MulticastGroup group = multicastGroup(UUID.randomUUID());

    World() {
      f.devices.create(DeviceManagementFixture.globalAdmin(),
          DeviceManagementFixture.device(device, app, profile.id()));
      multicast.create(DeviceManagementFixture.globalAdmin(), app, group);
      multicast.addDevice(DeviceManagementFixture.globalAdmin(), group.id(), device);
    }
  }

  interface Operation {
    void run(World w, AccessPolicy p);
  }

  static final Aes128Key KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");

  /** An EU868 Class C group on DR0. */
  static MulticastGroup multicastGroup(UUID id) {
    return new MulticastGroup(id, "group", RegionId.EU868, DevAddr.parse("07000001"), KEY, KEY,
        0, MulticastGroupType.CLASS_C, 0, 869_525_000L, 0);
  }

  /**
   * Reads of what the whole organization shares: any application key of the organization reads
   * its device profiles, and lists its applications (seeing only its own).
   */
  static final Map<String, Operation> ORGANIZATION_READS = Map.ofEntries(
      Map.entry("list applications", (w, p) -> w.f.applications.list(p, ORG, null, 10, 0)),
      Map.entry("get device profile", (w, p) -> w.f.profiles.get(p, w.profile.id())),
      Map.entry("list device profiles", (w, p) -> w.f.profiles.list(p, ORG, null, 10, 0)));

  static final Map<String, Operation> READS = Map.ofEntries(
      Map.entry("get application", (w, p) -> w.f.applications.get(p, w.app)),
      Map.entry("get device", (w, p) -> w.f.devices.get(p, w.device)),
      Map.entry("list devices", (w, p) ->
          w.f.devices.list(p, new DeviceFilter(w.app, null, null, null), 10, 0)),
      Map.entry("get keys", (w, p) -> w.f.devices.getKeys(p, w.device)),
      Map.entry("get activation", (w, p) -> w.activations.activation(p, w.device)),
      Map.entry("list queue", (w, p) -> w.queues.list(p, w.device)),
      Map.entry("get multicast group", (w, p) -> w.multicast.get(p, w.group.id())),
      Map.entry("list multicast groups", (w, p) -> w.multicast.list(p,
          new MulticastGroupFilter(w.app, null, null, null), 10, 0)),
      Map.entry("list multicast groups of the device", (w, p) -> w.multicast.list(p,
          new MulticastGroupFilter(null, null, w.device, null), 10, 0)),
      Map.entry("list multicast queue", (w, p) -> w.multicast.queue(p, w.group.id())));

  static final Map<String, Operation> DEVICE_WRITES = Map.ofEntries(
      Map.entry("update application", (w, p) -> w.f.applications.update(p,
          new Application(w.app, "own2", "", ORG, w.f.serviceProfile, PayloadCodec.NONE))),
      Map.entry("create device", (w, p) -> w.f.devices.create(p,
          DeviceManagementFixture.device(new Eui64(0x0203), w.app, w.profile.id()))),
      Map.entry("update device", (w, p) -> w.f.devices.update(p, new Device(w.device, "x",
          w.app, w.profile.id(), null, null, false, false, 0))),
      Map.entry("delete device", (w, p) -> w.f.devices.delete(p, w.device)),
      Map.entry("create keys", (w, p) ->
          w.f.devices.createKeys(p, w.device, DeviceKeys.lorawan10(KEY))),
      Map.entry("activate", (w, p) -> w.activations.activate(p, w.device,
          DevAddr.parse("00000001"), null, null, KEY, KEY, 0, 0, 0)),
      Map.entry("deactivate", (w, p) -> w.activations.deactivate(p, w.device)),
      Map.entry("flush DevNonces", (w, p) -> w.activations.flushDevNonces(p, w.device)),
      Map.entry("random DevAddr", (w, p) -> w.activations.randomDevAddr(p, w.device)),
      Map.entry("enqueue", (w, p) -> w.queues.enqueue(p, w.device, false, 1, new byte[] {1},
          null)),
      Map.entry("flush queue", (w, p) -> w.queues.flush(p, w.device)),
      Map.entry("create multicast group", (w, p) ->
          w.multicast.create(p, w.app, multicastGroup(UUID.randomUUID()))),
      Map.entry("update multicast group", (w, p) -> w.multicast.update(p, w.app, w.group)),
      Map.entry("delete multicast group", (w, p) -> w.multicast.delete(p, w.group.id())),
      Map.entry("add multicast member", (w, p) -> w.multicast.addDevice(p, w.group.id(),
          w.device)),
      Map.entry("remove multicast member", (w, p) -> w.multicast.removeDevice(p, w.group.id(),
          w.device)),
      Map.entry("enqueue multicast", (w, p) -> w.multicast.enqueue(p, w.group.id(), 1,
          new byte[] {1})),
      Map.entry("flush multicast queue", (w, p) -> w.multicast.flush(p, w.group.id())));

  static final Map<String, Operation> ORG_WRITES = Map.ofEntries(
      Map.entry("create application", (w, p) -> w.f.applications.create(p,
          DeviceManagementFixture.application("new", ORG, w.f.serviceProfile))),
      Map.entry("delete application", (w, p) -> w.f.applications.delete(p, w.otherApp)),
      Map.entry("create device profile", (w, p) -> w.f.profiles.create(p, new DeviceProfile(
          java.util.UUID.randomUUID(), "p", w.profile.region(), w.profile.macVersion(), null,
          true, false, false, 0, 0, 0, 1, 0, 0, 0, 16, "default", 3600, 0, true,
          w.profile.details()))),
      Map.entry("update device profile", (w, p) -> w.f.profiles.update(p, w.profile)),
      Map.entry("delete device profile", (w, p) -> w.f.profiles.delete(p, w.profile.id())));

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    add(rows, READS, READERS);
    List<String> organizationReaders = new ArrayList<>(READERS);
    organizationReaders.add("other app's API key");
    add(rows, ORGANIZATION_READS, organizationReaders);
    add(rows, DEVICE_WRITES, DEVICE_WRITERS);
    add(rows, ORG_WRITES, ORG_DEVICE_ADMINS);
    return rows.stream();
  }

  private static void add(List<Arguments> rows, Map<String, Operation> ops,
      List<String> allowed) {
    ops.keySet().stream().sorted().forEach(op -> ROLES.keySet().stream().sorted().forEach(
        role -> rows.add(Arguments.of(op, role, allowed.contains(role), ops.get(op)))));
  }

  @ParameterizedTest(name = "{0} by {1}: allowed {2}")
  @MethodSource("rows")
  void decides_as_chirpstack(String operation, String role, boolean allowed, Operation op) {
    World w = new World();
    boolean passed;
    try {
      op.run(w, ROLES.get(role).apply(w));
      passed = true;
    } catch (AccessDeniedException e) {
      passed = false;
    } catch (ApiException e) {
      passed = true;
    }
    assertEquals(allowed, passed, operation + " by " + role);
  }
}
