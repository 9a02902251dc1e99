package io.longwave.infrastructure.persistence;

import io.longwave.application.management.DashboardQueries;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link DashboardQueries} in native SQL that PostgreSQL and H2 both run. The visibility becomes
 * a condition on the organization (or application) column of each table.
 */
@Stateless
public class JpaDashboardQueries implements DashboardQueries {

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  public JpaDashboardQueries() {}

  /** Outside the container. */
  JpaDashboardQueries(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<DeviceActivityRow> deviceActivity(Visibility v) {
    Query q = em.createNativeQuery("select d.last_seen_at, d.dr, dp.uplink_interval"
        + " from device d join application a on a.id = d.application_id"
        + " join device_profile dp on dp.id = d.device_profile_id"
        + " where " + condition(v, "a.organization_id", "a.id"));
    bind(q, v);
    List<DeviceActivityRow> out = new ArrayList<>();
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      out.add(new DeviceActivityRow(instant(r[0]),
          r[1] == null ? null : ((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
    }
    return out;
  }

  @Override
  public List<GatewayActivityRow> gatewayActivity(Visibility v) {
    Query q = em.createNativeQuery("select g.last_seen_at, gp.stats_interval from gateway g"
        + " left join gateway_profile gp on gp.id = g.gateway_profile_id"
        + " where " + condition(v, "g.organization_id", null));
    bind(q, v);
    List<GatewayActivityRow> out = new ArrayList<>();
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      out.add(new GatewayActivityRow(instant(r[0]),
          r[1] == null ? 0 : ((Number) r[1]).intValue()));
    }
    return out;
  }

  @Override
  public List<SearchHit> search(Visibility v, String text, int maxPerKind) {
    String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<SearchHit> hits = new ArrayList<>();
    if (v.applicationId() == null) {
      for (Object[] r : rows("select o.id, o.name from organization o where lower(o.name) like ?1"
          + " escape '\\' and " + condition(v, "o.id", null) + " order by o.name", v, like,
          maxPerKind)) {
        hits.add(new SearchHit("organization", id(r[0]), (String) r[1], null, null, null, null,
            null, null));
      }
      for (Object[] r : rows("select o.id, o.name, g.gateway_id, g.name from gateway g"
          + " join organization o on o.id = g.organization_id"
          + " where (lower(g.name) like ?1 escape '\\' or g.gateway_id like ?1 escape '\\')"
          + " and " + condition(v, "g.organization_id", null) + " order by g.name", v, like,
          maxPerKind)) {
        hits.add(new SearchHit("gateway", id(r[0]), (String) r[1], null, null, null, null,
            (String) r[2], (String) r[3]));
      }
    }
    for (Object[] r : rows("select o.id, o.name, a.id, a.name from application a"
        + " join organization o on o.id = a.organization_id where lower(a.name) like ?1"
        + " escape '\\' and " + condition(v, "a.organization_id", "a.id") + " order by a.name",
        v, like, maxPerKind)) {
      hits.add(new SearchHit("application", id(r[0]), (String) r[1], id(r[2]), (String) r[3],
          null, null, null, null));
    }
    for (Object[] r : rows("select o.id, o.name, a.id, a.name, d.dev_eui, d.name from device d"
        + " join application a on a.id = d.application_id"
        + " join organization o on o.id = a.organization_id"
        + " where (lower(d.name) like ?1 escape '\\' or d.dev_eui like ?1 escape '\\')"
        + " and " + condition(v, "a.organization_id", "a.id") + " order by d.name", v, like,
        maxPerKind)) {
      hits.add(new SearchHit("device", id(r[0]), (String) r[1], id(r[2]), (String) r[3],
          (String) r[4], (String) r[5], null, null));
    }
    return hits;
  }

  /** The visibility as SQL; parameter ?2 is the organization, user or application id. */
  private static String condition(Visibility v, String organizationColumn,
      String applicationColumn) {
    if (v.all()) {
      return "1 = 1";
    }
    if (v.organizationId() != null) {
      return organizationColumn + " = ?2";
    }
    if (v.userId() != null) {
      return organizationColumn
          + " in (select m.organization_id from organization_user m where m.user_id = ?2)";
    }
    return applicationColumn == null ? "1 = 0" : applicationColumn + " = ?2";
  }

  private static void bind(Query q, Visibility v) {
    Long id = v.organizationId() != null ? v.organizationId()
        : v.userId() != null ? v.userId() : v.applicationId();
    if (!v.all() && id != null) {
      q.setParameter(2, id);
    }
  }

  private List<Object[]> rows(String sql, Visibility v, String like, int max) {
    Query q = em.createNativeQuery(sql).setParameter(1, like).setMaxResults(max);
    bind(q, v);
    List<Object[]> out = new ArrayList<>();
    for (Object o : q.getResultList()) {
      out.add((Object[]) o);
    }
    return out;
  }

  private static Long id(Object o) {
    return o == null ? null : ((Number) o).longValue();
  }

  private static Instant instant(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof Timestamp t) {
      return t.toInstant();
    }
    if (o instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    if (o instanceof Instant i) {
      return i;
    }
    throw new IllegalStateException("unexpected timestamp type " + o.getClass().getName());
  }
}
