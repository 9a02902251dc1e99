package io.longwave.application.management;

import java.time.Instant;
import java.util.List;

/**
 * The read-only queries behind the console's dashboard and global search (ChirpStack v3 {@code
 * InternalService} {@code GlobalSearch}, {@code GetDevicesSummary}, {@code GetGatewaysSummary}),
 * always limited to what a {@link Visibility} allows.
 */
public interface DashboardQueries {

  /**
   * What a caller may see: everything, one organization, the organizations of a user, or one
   * application (an application API key); exactly one applies.
   */
  record Visibility(boolean all, Long organizationId, Long userId, Long applicationId) {

    public static Visibility everything() {
      return new Visibility(true, null, null, null);
    }

    public static Visibility organization(long id) {
      return new Visibility(false, id, null, null);
    }

    public static Visibility userOrganizations(long userId) {
      return new Visibility(false, null, userId, null);
    }

    public static Visibility application(long id) {
      return new Visibility(false, null, null, id);
    }
  }

  /** A device's last uplink: when, at which data rate, and its profile's uplink interval. */
  record DeviceActivityRow(Instant lastSeenAt, Integer dr, int uplinkIntervalSeconds) {}

  /** A gateway's last contact and its profile's statistics interval (0 when it has none). */
  record GatewayActivityRow(Instant lastSeenAt, int statsIntervalSeconds) {}

  /** One search hit; ids and names of the kinds that do not apply are null. */
  record SearchHit(String kind, Long organizationId, String organizationName, Long applicationId,
      String applicationName, String devEui, String deviceName, String gatewayId,
      String gatewayName) {}

  List<DeviceActivityRow> deviceActivity(Visibility v);

  List<GatewayActivityRow> gatewayActivity(Visibility v);

  /**
   * Organizations, applications, devices and gateways whose name (or EUI) contains {@code
   * lowerCaseText}, at most {@code maxPerKind} of each kind.
   */
  List<SearchHit> search(Visibility v, String lowerCaseText, int maxPerKind);
}
