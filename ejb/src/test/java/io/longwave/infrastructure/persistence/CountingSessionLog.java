package io.longwave.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * An EclipseLink log (property {@code eclipselink.logging.logger}) that keeps the SQL statements
 * sent to the database, so a test can count what a flow costs. One recording for the whole JVM;
 * tests using it run one after another.
 */
public final class CountingSessionLog extends AbstractSessionLog {

  private static final List<String> STATEMENTS = new ArrayList<>();

  /** The persistence-unit properties that route SQL logging here. */
  static java.util.Map<String, String> properties() {
    return java.util.Map.of(
        "eclipselink.logging.logger", CountingSessionLog.class.getName(),
        "eclipselink.logging.level", "WARNING",
        "eclipselink.logging.level.sql", "FINE");
  }

  @Override
  public void log(SessionLogEntry entry) {
    if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null) {
      synchronized (STATEMENTS) {
        STATEMENTS.add(entry.getMessage().strip());
      }
    }
  }

  /** The statements since the last call, and forgets them. */
  static List<String> take() {
    synchronized (STATEMENTS) {
      List<String> copy = new ArrayList<>(STATEMENTS);
      STATEMENTS.clear();
      return copy;
    }
  }
}
