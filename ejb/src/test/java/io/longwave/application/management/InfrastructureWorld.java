package io.longwave.application.management;

import io.longwave.application.management.ApiKeyScopeMatrixTest.Keys;
import io.longwave.domain.gateway.GatewayLocation;
import io.longwave.domain.gateway.GatewaySettings;
import io.longwave.domain.networkserver.NetworkServer;
import io.longwave.domain.profile.ServiceProfile;
import io.longwave.domain.profile.ServiceProfileSettings;
import io.longwave.domain.user.ApiKey;
import io.longwave.lorawan.Eui64;
import io.longwave.testing.InMemoryInfrastructureStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link ManagementFixture}'s organizations and callers with their infrastructure: the
 * built-in network server and a second one, a service profile per organization, a gateway
 * profile, a gateway per organization, an admin key, an acme key and a key of acme's
 * application 7 (application 9 is other's), and the dashboard over queries that record what
 * they were asked to show.
 */
final class InfrastructureWorld {

  static final Eui64 GATEWAY = Eui64.parse("0016c001f153a14c");
  static final Eui64 OTHER_GATEWAY = Eui64.parse("0016c001f153a14d");
  static final Eui64 NEW_GATEWAY = Eui64.parse("0016c001f153a14e");

  /** Dashboard queries with no rows that keep each visibility they are given. */
  static final class RecordingDashboardQueries implements DashboardQueries {
    final List<Visibility> asked = new ArrayList<>();

    @Override
    public List<DeviceActivityRow> deviceActivity(Visibility v) {
      asked.add(v);
      return List.of();
    }

    @Override
    public List<GatewayActivityRow> gatewayActivity(Visibility v) {
      asked.add(v);
      return List.of();
    }

    @Override
    public List<SearchHit> search(Visibility v, String lowerCaseText, int maxPerKind) {
      asked.add(v);
      return List.of();
    }
  }

  final ManagementFixture f = new ManagementFixture();
  final InMemoryInfrastructureStore store = new InMemoryInfrastructureStore(f.organizations);
  final GatewayService gatewayService = new GatewayService(store, f.organizations, store,
      store.gatewayProfiles(), store.serviceProfiles(), ManagementFixture.CLOCK);
  final ProfileService profileService = new ProfileService(store, store.serviceProfiles(),
      store.gatewayProfiles(), f.organizations, ManagementFixture.CLOCK);
  final Keys keys = new Keys();
  final ApiKeyService apiKeys = new ApiKeyService(keys,
      app -> app == 7 ? Optional.of(f.acme.id()) : app == 9 ? Optional.of(f.other.id())
          : Optional.empty(), ManagementFixture.CLOCK);
  final RecordingDashboardQueries queries = new RecordingDashboardQueries();
  final DashboardService dashboard = new DashboardService(queries, ManagementFixture.CLOCK);
  final long builtInNetworkServer;
  final long extraNetworkServer;
  final UUID acmeServiceProfile;
  final UUID gatewayProfile;
  final String adminKey;
  final String acmeKey;
  final String applicationKey;

  InfrastructureWorld() {
    builtInNetworkServer = store.add(new NetworkServer("built-in", "built-in",
        ManagementFixture.T)).id();
    extraNetworkServer = store.add(new NetworkServer("ns", "ns:8000", ManagementFixture.T)).id();
    ServiceProfile sp = new ServiceProfile(serviceProfileSettings(acme()), ManagementFixture.T);
    store.serviceProfiles().add(sp);
    acmeServiceProfile = sp.id();
    store.serviceProfiles().add(new ServiceProfile(serviceProfileSettings(f.other.id()),
        ManagementFixture.T));
    var admin = ManagementFixture.Role.GLOBAL_ADMIN;
    gatewayProfile = profileService.createGatewayProfile(f.policy(admin), "gp",
        builtInNetworkServer, List.of(0, 1, 2), List.of(), 30).id();
    gatewayService.create(f.policy(admin), GATEWAY, gatewaySettings(acme()));
    gatewayService.create(f.policy(admin), OTHER_GATEWAY, gatewaySettings(f.other.id()));
    adminKey = key(new ApiKey("admin", true, null, null, ManagementFixture.T));
    acmeKey = key(new ApiKey("acme", false, acme(), null, ManagementFixture.T));
    applicationKey = key(new ApiKey("app", false, acme(), 7L, ManagementFixture.T));
  }

  long acme() {
    return f.acme.id();
  }

  private String key(ApiKey k) {
    keys.add(k);
    return k.id();
  }

  GatewaySettings gatewaySettings(long organization) {
    return new GatewaySettings("gw-" + organization, "", GatewayLocation.UNKNOWN, organization,
        false, builtInNetworkServer, null, null, List.of(), Map.of(), Map.of());
  }

  ServiceProfileSettings serviceProfileSettings(long organization) {
    return new ServiceProfileSettings("sp-" + organization, organization, builtInNetworkServer,
        0, 0, "DROP", 0, 0, "DROP", true, 0, false, false, 0, 5, "", false, false, false, false,
        0, 0, false);
  }
}
