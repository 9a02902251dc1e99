package io.longwave.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database migrated by Flyway for plain JDBC tests: an in-memory H2 database, or a PostgreSQL
 * database created afresh on the local server (127.0.0.1:5432, user postgres, trust) and dropped
 * on {@link #close}.
 */
public final class OutboxDatabase {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

  private final String label;
  private final DataSource dataSource;
  private final Runnable cleanUp;

  private OutboxDatabase(String label, DataSource dataSource, Runnable cleanUp) {
    this.label = label;
    this.dataSource = dataSource;
    this.cleanUp = cleanUp;
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
  }

  /** An in-memory H2 database of its own. */
  public static OutboxDatabase h2(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + "_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    ds.setUser("sa");
    return new OutboxDatabase("H2", ds, () -> execute(ds, "shutdown"));
  }

  /** A new PostgreSQL database {@code <name>_<unique>}, dropped on close. */
  public static OutboxDatabase postgres(String name) {
    String db = name + "_" + Long.toHexString(System.nanoTime());
    if (!db.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unexpected database name " + db);
    }
    admin("create database " + db);
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(POSTGRES + db);
    ds.setUser("postgres");
    return new OutboxDatabase(
        "PostgreSQL", new ReusedConnections(ds), () -> admin("drop database if exists " + db + " with (force)"));
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** Runs statements on a connection of its own. */
  public void execute(String... sql) {
    execute(dataSource, sql);
  }

  /** Drops the database. */
  public void close() {
    cleanUp.run();
  }

  @Override
  public String toString() {
    return label;
  }

  private static void execute(DataSource ds, String... sql) {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(String.join("; ", sql) + " failed", e);
    }
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }
}
