package io.longwave.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines Longwave's datasource from MicroProfile Config ({@code longwave.db.*}: an embedded H2
 * file by default, PostgreSQL by configuration) and brings its schema up to date with the Flyway
 * migrations of {@code longwave-db} before anything else starts. Beans that touch the database at
 * start-up declare {@code @DependsOn("DatabaseMigration")}.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/longwave",
    className = "${MPCONFIG=longwave.db.class}",
    url = "${MPCONFIG=longwave.db.url}",
    user = "${MPCONFIG=longwave.db.user}",
    password = "${MPCONFIG=longwave.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
@Startup
public class DatabaseMigration {

  private static final Logger LOG = System.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = "java:app/jdbc/longwave")
  private DataSource dataSource;

  private volatile boolean migrated;

  /** Flyway commits on its own connection, so no container transaction here. */
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    long start = System.nanoTime();
    MigrateResult result =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    migrated = true;
    LOG.log(
        Level.INFO,
        "database schema at version {0} ({1} migrations applied, {2} ms, {3})",
        result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
        result.migrationsExecuted,
        (System.nanoTime() - start) / 1_000_000,
        result.database);
  }

  /** True once the schema is up to date. */
  public boolean isMigrated() {
    return migrated;
  }
}
