package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.integration.EventType;
import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.outbox.OutboxEntry;
import io.longwave.integration.outbox.OutboxStore;
import io.longwave.integration.outbox.OutboxStoreException;
import io.longwave.integration.outbox.TargetBacklog;
import io.longwave.lorawan.Eui64;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@link OutboxStore} in plain JDBC (the outbox needs an identity order, conditional updates and
 * row counts, which JPA would only hide), on PostgreSQL and H2 alike. Leases are a conditional
 * update of {@code integration_target_state}, so that two instances never hold one target at once
 * without database-specific locking. Connections come from the data source: inside a container
 * transaction they are enlisted in it, outside they commit each statement.
 */
public class JdbcOutboxStore implements OutboxStore {

  private static final int MAX_ERROR = 1000;

  private static final String INSERT =
      "insert into integration_outbox (target_id, event_id, event_type, application_id, dev_eui,"
          + " event_time, queued_at, body_json_v3, body_json, attempts, next_attempt_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)";

  private static final String DUE =
      "select o.target_id from integration_outbox o where o.next_attempt_at <= ?"
          + " and o.seq = (select min(i.seq) from integration_outbox i"
          + " where i.target_id = o.target_id) order by o.seq";

  private static final String HEAD =
      "select seq, target_id, event_id, event_type, application_id, dev_eui, event_time,"
          + " queued_at, body_json_v3, body_json, attempts, next_attempt_at"
          + " from integration_outbox where target_id = ? order by seq"
          + " offset 0 rows fetch next 1 rows only";

  private static final String TAKE_LEASE =
      "update integration_target_state set lease_owner = ?, lease_until = ? where target_id = ?"
          + " and (lease_owner is null or lease_owner = ? or lease_until < ?)";

  private final DataSource dataSource;

  public JdbcOutboxStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void append(List<String> targetIds, IntegrationEvent event, Instant now) {
    if (targetIds.isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(INSERT)) {
      String v3 = event.jsonV3().toString();
      String json = event.json().toString();
      for (String target : targetIds) {
        s.setString(1, target);
        s.setObject(2, event.id());
        s.setString(3, event.type().wireName());
        s.setLong(4, event.applicationId());
        s.setString(5, event.devEui().toString());
        s.setObject(6, time(event.time()));
        s.setObject(7, time(now));
        s.setString(8, v3);
        s.setString(9, json);
        s.setObject(10, time(now));
        s.addBatch();
      }
      s.executeBatch();
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot store event " + event.id(), e);
    }
  }

  @Override
  public List<String> dueTargets(Instant now, int limit) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(DUE)) {
      s.setObject(1, time(now));
      s.setMaxRows(limit);
      List<String> targets = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          targets.add(rs.getString(1));
        }
      }
      return targets;
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot list targets with due events", e);
    }
  }

  @Override
  public boolean claim(String targetId, String owner, Instant now, Instant until) {
    try (Connection c = dataSource.getConnection()) {
      if (takeLease(c, targetId, owner, now, until)) {
        return true;
      }
      if (stateExists(c, targetId)) {
        return false;
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into integration_target_state (target_id, lease_owner, lease_until,"
                  + " dropped) values (?, ?, ?, 0)")) {
        s.setString(1, targetId);
        s.setString(2, owner);
        s.setObject(3, time(until));
        s.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (isDuplicateKey(e)) {
          return takeLease(c, targetId, owner, now, until);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot claim target " + targetId, e);
    }
  }

  private static boolean takeLease(
      Connection c, String targetId, String owner, Instant now, Instant until) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(TAKE_LEASE)) {
      s.setString(1, owner);
      s.setObject(2, time(until));
      s.setString(3, targetId);
      s.setString(4, owner);
      s.setObject(5, time(now));
      return s.executeUpdate() == 1;
    }
  }

  private static boolean stateExists(Connection c, String targetId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select 1 from integration_target_state where target_id = ?")) {
      s.setString(1, targetId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** SQLSTATE class 23 (integrity constraint violation), as both drivers report it. */
  private static boolean isDuplicateKey(SQLException e) {
    return e instanceof SQLIntegrityConstraintViolationException
        || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
  }

  @Override
  public void release(String targetId, String owner) {
    update(
        "update integration_target_state set lease_owner = null, lease_until = null"
            + " where target_id = ? and lease_owner = ?",
        "cannot release target " + targetId,
        targetId,
        owner);
  }

  @Override
  public Optional<OutboxEntry> head(String targetId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(HEAD)) {
      s.setString(1, targetId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot read the head event of " + targetId, e);
    }
  }

  private static OutboxEntry entry(ResultSet rs) throws SQLException {
    String type = rs.getString("event_type");
    IntegrationEvent event =
        new IntegrationEvent(
            rs.getObject("event_id", UUID.class),
            EventType.ofWireName(type)
                .orElseThrow(() -> new SQLException("unknown event type " + type)),
            rs.getLong("application_id"),
            Eui64.parse(rs.getString("dev_eui")),
            instant(rs, "event_time"),
            json(rs.getString("body_json_v3")),
            json(rs.getString("body_json")));
    return new OutboxEntry(
        rs.getLong("seq"),
        rs.getString("target_id"),
        event,
        instant(rs, "queued_at"),
        rs.getInt("attempts"),
        instant(rs, "next_attempt_at"));
  }

  @Override
  public void delivered(OutboxEntry entry, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement("delete from integration_outbox where seq = ?")) {
        s.setLong(1, entry.seq());
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "update integration_target_state set last_success_at = ? where target_id = ?")) {
        s.setObject(1, time(now));
        s.setString(2, entry.targetId());
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot remove delivered event " + entry.seq(), e);
    }
  }

  @Override
  public void failed(OutboxEntry entry, Instant nextAttemptAt, String error, Instant now) {
    String message = error == null ? "" : error;
    if (message.length() > MAX_ERROR) {
      message = message.substring(0, MAX_ERROR);
    }
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s =
          c.prepareStatement(
              "update integration_outbox set attempts = attempts + 1, next_attempt_at = ?,"
                  + " last_error = ? where seq = ?")) {
        s.setObject(1, time(nextAttemptAt));
        s.setString(2, message);
        s.setLong(3, entry.seq());
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "update integration_target_state set last_error = ?, last_error_at = ?"
                  + " where target_id = ?")) {
        s.setString(1, message);
        s.setObject(2, time(now));
        s.setString(3, entry.targetId());
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot record the failure of event " + entry.seq(), e);
    }
  }

  @Override
  public int dropTarget(String targetId) {
    return update(
        "delete from integration_outbox where target_id = ?",
        "cannot drop the events of " + targetId,
        targetId);
  }

  @Override
  public Map<String, Integer> dropQueuedBefore(Instant cutoff) {
    try (Connection c = dataSource.getConnection()) {
      Map<String, Integer> counts = new TreeMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "select target_id, max(seq) from integration_outbox where queued_at < ?"
                  + " group by target_id")) {
        s.setObject(1, time(cutoff));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            counts.put(rs.getString(1), (int) rs.getLong(2));
          }
        }
      }
      // Deleted per target up to the newest expired seq, so the counts are exact.
      Map<String, Integer> dropped = new TreeMap<>();
      for (Map.Entry<String, Integer> target : counts.entrySet()) {
        int n = deleteUpTo(c, target.getKey(), target.getValue());
        if (n > 0) {
          record(c, target.getKey(), n);
          dropped.put(target.getKey(), n);
        }
      }
      return dropped;
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot drop events queued before " + cutoff, e);
    }
  }

  @Override
  public Map<String, Integer> trimTo(int max) {
    try (Connection c = dataSource.getConnection()) {
      List<String> over = new ArrayList<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "select target_id from integration_outbox group by target_id having count(*) > ?")) {
        s.setLong(1, max);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            over.add(rs.getString(1));
          }
        }
      }
      Map<String, Integer> dropped = new TreeMap<>();
      for (String target : over) {
        long keepFrom;
        try (PreparedStatement s =
            c.prepareStatement(
                "select seq from integration_outbox where target_id = ? order by seq desc"
                    + " offset ? rows fetch next 1 rows only")) {
          s.setString(1, target);
          s.setInt(2, max - 1);
          try (ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
              continue;
            }
            keepFrom = rs.getLong(1);
          }
        }
        int n = deleteUpTo(c, target, keepFrom - 1);
        if (n > 0) {
          record(c, target, n);
          dropped.put(target, n);
        }
      }
      return dropped;
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot trim the outbox to " + max + " events a target", e);
    }
  }

  private static int deleteUpTo(Connection c, String target, long seq) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("delete from integration_outbox where target_id = ? and seq <= ?")) {
      s.setString(1, target);
      s.setLong(2, seq);
      return s.executeUpdate();
    }
  }

  /** Adds dropped events to the target's state row, creating it when needed. */
  private static void record(Connection c, String target, int dropped) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update integration_target_state set dropped = dropped + ? where target_id = ?")) {
      s.setLong(1, dropped);
      s.setString(2, target);
      if (s.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into integration_target_state (target_id, dropped) values (?, ?)")) {
      s.setString(1, target);
      s.setLong(2, dropped);
      s.executeUpdate();
    } catch (SQLException e) {
      if (!isDuplicateKey(e)) {
        throw e;
      }
      record(c, target, dropped);
    }
  }

  @Override
  public List<TargetBacklog> backlog() {
    Map<String, TargetBacklog> result = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      Map<String, long[]> counts = new TreeMap<>();
      Map<String, Instant> oldest = new TreeMap<>();
      try (PreparedStatement s =
              c.prepareStatement(
                  "select target_id, count(*), min(queued_at) from integration_outbox"
                      + " group by target_id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), new long[] {rs.getLong(2)});
          OffsetDateTime t = rs.getObject(3, OffsetDateTime.class);
          oldest.put(rs.getString(1), t == null ? null : t.toInstant());
        }
      }
      try (PreparedStatement s =
              c.prepareStatement(
                  "select target_id, last_success_at, last_error, last_error_at, dropped"
                      + " from integration_target_state order by target_id");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          long[] n = counts.remove(id);
          result.put(
              id,
              new TargetBacklog(
                  id,
                  n == null ? 0 : n[0],
                  oldest.get(id),
                  instant(rs, "last_success_at"),
                  rs.getString("last_error"),
                  instant(rs, "last_error_at"),
                  rs.getLong("dropped")));
        }
      }
      for (Map.Entry<String, long[]> rest : counts.entrySet()) {
        String id = rest.getKey();
        result.put(id, new TargetBacklog(id, rest.getValue()[0], oldest.get(id), null, null, null, 0));
      }
      return new ArrayList<>(result.values());
    } catch (SQLException e) {
      throw new OutboxStoreException("cannot read the outbox backlog", e);
    }
  }

  private int update(String sql, String failure, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new OutboxStoreException(failure, e);
    }
  }

  private static OffsetDateTime time(Instant t) {
    return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static JsonObject json(String text) {
    try (JsonReader reader = JSON.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }
}
