package io.longwave.console;

import io.longwave.application.management.UserService;
import io.longwave.application.management.UserService.UserDetails;
import io.longwave.domain.user.User;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Creating, changing and deleting a user (the view parameter {@code user}; none for a new one)
 * for global admins, through {@link UserService}, which checks the rights, the unique e-mail, the
 * password's length, and that admins neither demote, deactivate nor delete themselves. A new
 * user belongs to no organization; an organization's admins add them to it by e-mail.
 */
@Named
@ViewScoped
public class UserForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private Administration administration;
  @Inject private UserService users;

  private Long userId;
  private boolean editable;
  private String email;
  private String password;
  private boolean admin;
  private boolean active = true;
  private int sessionTtl;
  private String note;

  /** Reads the user, or prepares a new one; says so when the caller may not. */
  public void load() {
    if (administration.refused()) {
      return;
    }
    if (userId == null) {
      editable = true;
      return;
    }
    editable = ConsoleMessages.attempt(() -> {
      User u = users.get(caller.policy(), userId);
      email = u.email();
      admin = u.isAdmin();
      active = u.isActive();
      sessionTtl = u.sessionTtl();
      note = u.note();
    });
  }

  /** Saves and goes back to the list. */
  public String save() {
    boolean saved = ConsoleMessages.attempt(() -> {
      UserDetails details = new UserDetails(email, admin, active, sessionTtl,
          note == null ? "" : note);
      if (userId == null) {
        users.create(caller.policy(), details, password, List.of());
      } else {
        users.update(caller.policy(), userId, details);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("User " + email.strip() + " saved.");
    return "/console/users.xhtml?faces-redirect=true";
  }

  /** Deletes the user and goes back to the list. */
  public String delete() {
    if (userId == null || !ConsoleMessages.attempt(() -> users.delete(caller.policy(), userId))) {
      return null;
    }
    ConsoleMessages.keep("User " + email + " deleted.");
    return "/console/users.xhtml?faces-redirect=true";
  }

  public boolean isCreating() {
    return userId == null;
  }

  public boolean isEditable() {
    return editable;
  }

  public Long getUserId() {
    return userId;
  }

  public void setUserId(Long userId) {
    this.userId = userId;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isAdmin() {
    return admin;
  }

  public void setAdmin(boolean admin) {
    this.admin = admin;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getSessionTtl() {
    return sessionTtl;
  }

  public void setSessionTtl(int sessionTtl) {
    this.sessionTtl = sessionTtl;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
