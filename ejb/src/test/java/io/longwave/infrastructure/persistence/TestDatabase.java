package io.longwave.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A database for one test class, migrated by Flyway and opened by EclipseLink in Java SE mode
 * (persistence unit {@code longwave-test}): an H2 file under {@code target/}, or a database
 * created afresh on the local PostgreSQL server (127.0.0.1:5432, user postgres, trust) and
 * dropped on {@link #close}.
 */
final class TestDatabase {

  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

  private final String label;
  private final Runnable cleanUp;
  private final EntityManagerFactory emf;

  private TestDatabase(String label, String url, String user, Runnable cleanUp) {
    this(label, url, user, cleanUp, Map.of());
  }

  private TestDatabase(String label, String url, String user, Runnable cleanUp,
      Map<String, String> extra) {
    this.label = label;
    this.cleanUp = cleanUp;
    Flyway.configure()
        .dataSource(url, user, "")
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, String> properties = new java.util.HashMap<>(extra);
    properties.putAll(Map.of(
        "jakarta.persistence.jdbc.url", url,
        "jakarta.persistence.jdbc.user", user,
        "jakarta.persistence.jdbc.password", "",
        "eclipselink.session-name", url));
    this.emf = Persistence.createEntityManagerFactory("longwave-test", properties);
  }

  /** An empty H2 file database {@code target/h2/<name>}. */
  static TestDatabase h2(String name) {
    Path dir = Path.of("target", "h2", name);
    deleteDirectory(dir);
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";LOCK_TIMEOUT=10000";
    return new TestDatabase("H2", url, "sa", () -> deleteDirectory(dir));
  }

  /** A new PostgreSQL database {@code <name>}, dropped on close. */
  static TestDatabase postgres(String name) {
    return postgres(name, Map.of());
  }

  /** The same, with more persistence-unit properties. */
  static TestDatabase postgres(String name, Map<String, String> extra) {
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unexpected database name " + name);
    }
    admin("drop database if exists " + name + " with (force)");
    admin("create database " + name);
    return new TestDatabase(
        "PostgreSQL", POSTGRES + name, "postgres",
        () -> admin("drop database if exists " + name + " with (force)"), extra);
  }

  /** Both kinds, for a test class named {@code name} (lower case, underscores). */
  static Stream<TestDatabase> both(String name) {
    return Stream.of(h2(name), postgres("longwave_" + name));
  }

  /** Runs {@code work} in a transaction of its own and commits it. */
  <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    EntityTransaction tx = em.getTransaction();
    try {
      tx.begin();
      T result = work.apply(em);
      tx.commit();
      return result;
    } finally {
      if (tx.isActive()) {
        tx.rollback();
      }
      em.close();
    }
  }

  /** Runs {@code work} in a transaction of its own and commits it. */
  void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  /** A new entity manager; the caller manages its transaction and closes it. */
  EntityManager entityManager() {
    return emf.createEntityManager();
  }

  /**
   * Closes the factory and removes the database. Not {@link AutoCloseable}: JUnit would close a
   * parameter after each test.
   */
  void close() {
    emf.close();
    cleanUp.run();
  }

  @Override
  public String toString() {
    return label;
  }

  private static void admin(String sql) {
    try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }

  private static void deleteDirectory(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
