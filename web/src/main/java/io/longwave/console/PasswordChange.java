package io.longwave.console;

import io.longwave.application.management.UserService;
import java.util.Optional;

/**
 * A password change as the account page takes it: the current password, which must be given,
 * and the new one twice, which must match, have at least {@link
 * UserService#MIN_PASSWORD_LENGTH} characters and differ from the current one.
 */
record PasswordChange(String current, String replacement, String repeated) {

  /** A field of the form and what is wrong with it. */
  record Problem(String field, String text) {}

  /** The first thing wrong, field by field, or empty when the change may go to the service. */
  Optional<Problem> problem() {
    if (current == null || current.isEmpty()) {
      return Optional.of(new Problem("current", "The current password is required."));
    }
    if (replacement == null || replacement.length() < UserService.MIN_PASSWORD_LENGTH) {
      return Optional.of(new Problem("replacement", "At least "
          + UserService.MIN_PASSWORD_LENGTH + " characters."));
    }
    if (replacement.equals(current)) {
      return Optional.of(new Problem("replacement", "The new password is the current one."));
    }
    if (!replacement.equals(repeated)) {
      return Optional.of(new Problem("repeated", "The two new passwords differ."));
    }
    return Optional.empty();
  }
}
