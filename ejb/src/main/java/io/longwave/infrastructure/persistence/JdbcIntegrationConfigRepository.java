package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

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
 */
@ApplicationScoped
public class JdbcIntegrationConfigRepository implements IntegrationConfigRepository {

  @Resource(lookup = "java:app/jdbc/longwave")
  private DataSource dataSource;

  public JdbcIntegrationConfigRepository() {}

  /** Outside the container. */
  public JdbcIntegrationConfigRepository(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Optional<JsonObject> find(long applicationId, IntegrationKind kind) {
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
    if (find(applicationId, kind).isPresent()) {
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
          && find(applicationId, kind).isPresent()) {
        return false;
      }
      throw new IllegalStateException("cannot store the " + kind + " integration of application "
          + applicationId, e);
    }
  }

  @Override
  public boolean update(long applicationId, IntegrationKind kind, JsonObject configuration) {
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
}
