package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema migrations of {@code longwave-db} apply cleanly to both databases Longwave runs on:
 * embedded H2 (the first-run default) and PostgreSQL (the local server, a database created
 * afresh), and give the same tables.
 */
class MigrationsTest {

  static final List<String> TABLES =
      List.of("api_key", "app_user", "gateway", "gateway_stats", "organization",
          "organization_user", "server_setting", "device_profile", "device", "device_keys",
          "device_nonce", "device_session", "device_queue_item", "multicast_group",
          "multicast_group_device", "multicast_queue_item", "network_server", "service_profile",
          "gateway_profile", "application", "device_location", "application_integration",
          "integration_outbox", "integration_target_state");

  private static MigrateResult migrate(DataSource ds) {
    return Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
  }

  private static Set<String> tables(DataSource ds) throws SQLException {
    Set<String> names = new TreeSet<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema != null && (schema.equalsIgnoreCase("public"))) {
          names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return names;
  }

  private static void exercise(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("insert into server_setting (name, setting_value) values ('k', 'v')");
      s.executeUpdate("insert into organization (id, name, display_name, can_have_gateways,"
          + " created_at, updated_at) values (50, 'acme', 'ACME', true, current_timestamp,"
          + " current_timestamp)");
      s.executeUpdate("insert into gateway (gateway_id, name, organization_id, created_at,"
          + " updated_at) values ('0102030405060708', 'gw', 50, current_timestamp,"
          + " current_timestamp)");
      s.executeUpdate("delete from organization where id = 50");
      try (ResultSet rs = s.executeQuery("select count(*) from gateway")) {
        rs.next();
        assertEquals(0, rs.getInt(1), "deleting an organization deletes its gateways");
      }
    }
  }

  @Test
  void migrate_an_empty_h2_database() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
    MigrateResult r = migrate(ds);
    assertTrue(r.success);
    assertTrue(tables(ds).containsAll(TABLES), tables(ds).toString());
    exercise(ds);
    assertEquals(0, migrate(ds).migrationsExecuted, "a second start changes nothing");
  }

  @Test
  void migrate_an_empty_postgresql_database() throws Exception {
    // A name of its own, so that builds running side by side do not share the database.
    String db = "longwave_migrations_" + Long.toHexString(System.nanoTime());
    try (Connection c =
            DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("create database " + db);
    }
    try {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setURL("jdbc:postgresql://127.0.0.1:5432/" + db);
      ds.setUser("postgres");
      MigrateResult r = migrate(ds);
      assertTrue(r.success);
      assertTrue(tables(ds).containsAll(TABLES), tables(ds).toString());
      exercise(ds);
    } finally {
      try (Connection c =
              DriverManager.getConnection(
                  "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
          Statement s = c.createStatement()) {
        s.execute("drop database if exists " + db + " with (force)");
      }
    }
  }
}
