package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.console.PasswordChange.Problem;
import org.junit.jupiter.api.Test;

class PasswordChangeTest {

  @Test
  void accepts_a_new_password_given_twice() {
    assertTrue(new PasswordChange("old-secret", "new-secret", "new-secret").problem().isEmpty());
  }

  @Test
  void requires_the_current_password() {
    assertEquals(new Problem("current", "The current password is required."),
        new PasswordChange("", "new-secret", "new-secret").problem().orElseThrow());
    assertEquals("current",
        new PasswordChange(null, "new-secret", "new-secret").problem().orElseThrow().field());
  }

  @Test
  void refuses_a_new_password_shorter_than_the_services_minimum() {
    assertEquals(new Problem("replacement", "At least 6 characters."),
        new PasswordChange("old-secret", "12345", "12345").problem().orElseThrow());
    assertTrue(new PasswordChange("old-secret", "123456", "123456").problem().isEmpty());
  }

  @Test
  void refuses_the_current_password_as_the_new_one() {
    assertEquals("replacement",
        new PasswordChange("same-secret", "same-secret", "same-secret").problem().orElseThrow()
            .field());
  }

  @Test
  void refuses_two_different_new_passwords() {
    assertEquals(new Problem("repeated", "The two new passwords differ."),
        new PasswordChange("old-secret", "new-secret", "new-secreT").problem().orElseThrow());
    assertEquals("repeated",
        new PasswordChange("old-secret", "new-secret", null).problem().orElseThrow().field());
  }
}
