package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.infrastructure.memory.ExpiringStore;
import io.longwave.integration.config.IntegrationConfigRepository;
import io.longwave.integration.config.IntegrationKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * {@link IntegrationConfigRepository} in plain JDBC on {@code application_integration}, so that
 * the outbox's worker threads can read it outside any transaction. Failures are {@link
 * IllegalStateException}s.
 *
 * <p>{@link #find} is read through a cache of {@link #CACHE_TTL}, absent configurations included:
 * the integration kinds ask for every event of every device, and most applications have no
 * configuration of most kinds. A change made through this repository is seen at once on this
 * instance, one made on another instance within the time to live.
 */
@ApplicationScoped
public class JdbcIntegrationConfigRepository implements IntegrationConfigRepository {

  /** How long a configuration read is used. */
  public static final Duration CACHE_TTL = Duration.ofSeconds(2);

  private record Key(long applicationId, IntegrationKind kind) {}

  @Resource(lookup = "java:app/jdbc/longwave")
  private DataSource dataSource;

  private final ExpiringStore<Key, Optional<JsonObject>> cache =
      new ExpiringStore<>(Clock.systemUTC(), CACHE_TTL);

  public JdbcIntegrationConfigRepository() {}

  /** Outside the container. */
  public JdbcIntegrationConfigRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<JsonObject> find(long applicationId, IntegrationKind kind) {
    Key key = new Key(applicationId, kind);
    Optional<Optional<JsonObject>> cached = cache.get(key);
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<JsonObject> read = read(applicationId, kind);
    cache.put(key, read);
    return read;
  }

  private Optional<JsonObject> read(long applicationId, IntegrationKind kind) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select configuration from application_integration"
                    + " where application_id = ? and kind = ?")) {
      s.setLong(1, applicationId);
      s.setString(2, kind.name());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try (JsonReader reader = JSON.createReader(new StringReader(rs.getString(1)))) {
          return Optional.of(reader.readObject());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the " + kind + " integration of application "
          + applicationId, e);
    }
  }

  @Override
  public List<IntegrationKind> kinds(long applicationId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select kind from application_integration where application_id = ?")) {
      s.setLong(1, applicationId);
      List<String> names = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      List<IntegrationKind> kinds = new ArrayList<>();
      for (IntegrationKind kind : IntegrationKind.values()) {
        if (names.contains(kind.name())) {
          kinds.add(kind);
        }
      }
      return kinds;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot list the integrations of application "
          + applicationId, e);
    }
  }

  @Override
  public boolean create(long applicationId, IntegrationKind kind, JsonObject configuration) {
    try {
      return insert(applicationId, kind, configuration);
    } finally {
      forget(applicationId, kind);
    }
  }

  private boolean insert(long applicationId, IntegrationKind kind, JsonObject configuration) {
    forget(applicationId, kind);
    if (read(applicationId, kind).isPresent()) {
      return false;
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "insert into application_integration (application_id, kind, configuration,"
                    + " created_at, updated_at) values (?, ?, ?, ?, ?)")) {
      s.setLong(1, applicationId);
      s.setString(2, kind.name());
      s.setString(3, configuration.toString());
      s.setObject(4, now);
      s.setObject(5, now);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")
          && read(applicationId, kind).isPresent()) {
        return false;
      }
      throw new IllegalStateException("cannot store the " + kind + " integration of application "
          + applicationId, e);
    }
  }

  @Override
  public boolean update(long applicationId, IntegrationKind kind, JsonObject configuration) {
    forget(applicationId, kind);
    try {
      return replace(applicationId, kind, configuration);
    } finally {
      forget(applicationId, kind);
    }
  }

  private boolean replace(long applicationId, IntegrationKind kind, JsonObject configuration) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "update application_integration set configuration = ?, updated_at = ?"
                    + " where application_id = ? and kind = ?")) {
      s.setString(1, configuration.toString());
      s.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
      s.setLong(3, applicationId);
      s.setString(4, kind.name());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update the " + kind + " integration of application "
          + applicationId, e);
    }
  }

  @Override
  public boolean delete(long applicationId, IntegrationKind kind) {
    forget(applicationId, kind);
    try {
      return remove(applicationId, kind);
    } finally {
      forget(applicationId, kind);
    }
  }

  private boolean remove(long applicationId, IntegrationKind kind) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "delete from application_integration where application_id = ? and kind = ?")) {
      s.setLong(1, applicationId);
      s.setString(2, kind.name());
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete the " + kind + " integration of application "
          + applicationId, e);
    }
  }

  private void forget(long applicationId, IntegrationKind kind) {
    cache.take(new Key(applicationId, kind));
  }
}
