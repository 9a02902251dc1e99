package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.longwave.application.error.ApiException;
import io.longwave.application.error.ErrorCode;
import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which exceptions of a service call the console shows as refusals, and which are bugs. */
class ConsoleMessagesTest {

  @Test
  void a_row_still_in_use_wrapped_by_the_container_is_a_failed_precondition() {
    RuntimeException thrown = new EJBException(new PersistenceException("delete failed",
        new SQLException("update or delete violates foreign key constraint", "23503")));
    assertEquals(ErrorCode.FAILED_PRECONDITION, ConsoleMessages.refusal(thrown).code());
  }

  @Test
  void a_duplicate_row_is_already_exists() {
    RuntimeException thrown = new PersistenceException(
        new SQLException("duplicate key value violates unique constraint", "23505"));
    assertEquals(ErrorCode.ALREADY_EXISTS, ConsoleMessages.refusal(thrown).code());
  }

  @Test
  void a_service_refusal_keeps_its_message() {
    assertEquals("device profile not found",
        ConsoleMessages.refusal(ApiException.notFound("device profile not found")).message());
  }

  @Test
  void anything_else_is_a_bug_and_propagates_unchanged() {
    IllegalStateException bug = new IllegalStateException("broken");
    assertSame(bug, assertThrows(IllegalStateException.class,
        () -> ConsoleMessages.refusal(bug)));
    EJBException wrapped = new EJBException(new NullPointerException());
    assertSame(wrapped, assertThrows(EJBException.class,
        () -> ConsoleMessages.refusal(wrapped)));
  }
}
