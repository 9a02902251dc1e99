package io.longwave.health;

import io.longwave.infrastructure.persistence.DatabaseMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers within 2 seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Resource(lookup = "java:app/jdbc/longwave")
  private DataSource dataSource;

  @EJB private DatabaseMigration migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder r = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection()) {
      boolean valid = c.isValid(2);
      r.status(valid && migration.isMigrated())
          .withData("product", c.getMetaData().getDatabaseProductName())
          .withData("migrated", migration.isMigrated());
    } catch (SQLException | RuntimeException e) {
      r.down().withData("error", String.valueOf(e.getMessage()));
    }
    return r.build();
  }
}
