package io.longwave.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Server-wide values kept in the database ({@code server_setting}), shared by every instance on
 * it: for example the generated JWT secret when none is configured.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServerSettings {

  @Resource(lookup = "java:app/jdbc/longwave")
  private DataSource dataSource;

  /** The stored value. */
  public Optional<String> get(String name) {
    try (Connection c = dataSource.getConnection()) {
      return read(c, name);
    } catch (SQLException e) {
      throw new IllegalStateException("reading server setting " + name + " failed", e);
    }
  }

  /**
   * The stored value, or {@code initial} stored now when there is none. When two instances race,
   * both get the value that was stored first.
   */
  public String getOrCreate(String name, Supplier<String> initial) {
    try (Connection c = dataSource.getConnection()) {
      Optional<String> v = read(c, name);
      if (v.isPresent()) {
        return v.get();
      }
      try (PreparedStatement s =
          c.prepareStatement("insert into server_setting (name, setting_value) values (?, ?)")) {
        s.setString(1, name);
        s.setString(2, initial.get());
        s.executeUpdate();
      } catch (SQLException e) {
        // another instance stored it first: read theirs below
      }
      return read(c, name)
          .orElseThrow(() -> new IllegalStateException("server setting " + name + " not stored"));
    } catch (SQLException e) {
      throw new IllegalStateException("storing server setting " + name + " failed", e);
    }
  }

  private static Optional<String> read(Connection c, String name) throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement("select setting_value from server_setting where name = ?")) {
      q.setString(1, name);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
