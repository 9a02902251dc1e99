package io.longwave.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Drops and creates the PostgreSQL database the deployed application is configured with, before
 * the container starts; register it ahead of the Arquillian extension. The server is the local
 * one on 127.0.0.1:5432 with trust authentication.
 */
public final class FreshPostgresDatabase implements BeforeAllCallback {

  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /**
   * The database name, from the build ({@code longwave.it.database}); inside the server, where
   * that property is not set, from the server's own {@code LONGWAVE_DB_URL}.
   */
  public static String name() {
    String property = System.getProperty("longwave.it.database");
    if (property != null) {
      return property;
    }
    String url = System.getenv("LONGWAVE_DB_URL");
    return url != null && url.startsWith(SERVER) ? url.substring(SERVER.length()) : "longwave_it";
  }

  /** A connection to the test database. */
  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(SERVER + name(), "postgres", "postgres");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws SQLException {
    String db = name();
    if (!db.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unexpected database name " + db);
    }
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("drop database if exists " + db + " with (force)");
      s.execute("create database " + db);
    }
  }

  /**
   * The same, for test classes that also run inside the deployed application: it acts only in
   * the test JVM (where the build sets {@code longwave.war}), never in the server's.
   */
  public static final class OnTheClient implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
      if (System.getProperty("longwave.war") != null) {
        new FreshPostgresDatabase().beforeAll(context);
      }
    }
  }
}
