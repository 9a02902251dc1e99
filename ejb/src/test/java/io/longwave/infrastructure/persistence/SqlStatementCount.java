package io.longwave.infrastructure.persistence;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * Counts the SQL statements EclipseLink sends, from its SQL log: a persistence unit opened with
 * {@link #PROPERTIES} logs through this class. One counter for the JVM; tests that use it reset
 * it before the work they count.
 */
public final class SqlStatementCount extends AbstractSessionLog {

  private static final AtomicInteger STATEMENTS = new AtomicInteger();

  /** The persistence-unit properties that log SQL here. */
  static final Map<String, String> PROPERTIES = Map.of(
      "eclipselink.logging.logger", SqlStatementCount.class.getName(),
      "eclipselink.logging.level", "WARNING",
      "eclipselink.logging.level.sql", "FINE");

  static void reset() {
    STATEMENTS.set(0);
  }

  static int statements() {
    return STATEMENTS.get();
  }

  @Override
  public void log(SessionLogEntry entry) {
    if (SessionLog.SQL.equals(entry.getNameSpace())) {
      STATEMENTS.incrementAndGet();
    }
  }
}
