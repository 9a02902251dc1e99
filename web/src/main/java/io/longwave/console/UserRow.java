package io.longwave.console;

import io.longwave.domain.user.User;
import java.io.Serializable;

/** A user as the administration list shows them. */
public record UserRow(long id, String email, boolean admin, boolean active)
    implements Serializable {

  public static UserRow of(User u) {
    return new UserRow(u.id(), u.email(), u.isAdmin(), u.isActive());
  }
}
