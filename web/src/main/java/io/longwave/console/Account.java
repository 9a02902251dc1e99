package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.management.UserService;
import io.longwave.application.management.UserService.UserDetails;
import io.longwave.domain.user.User;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;

/**
 * The signed-in user's own account: their e-mail and note (which a global admin may change, as
 * only global admins change users in {@link UserService}), and their password, changed after the
 * current one is checked as at sign-in.
 */
@Named
@ViewScoped
public class Account implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private UserService users;
  @Inject private AuthenticationService authentication;

  private boolean found;
  private boolean editable;
  private String accountEmail;
  private String email;
  private String note;
  private int sessionTtl;
  private String currentPassword;
  private String newPassword;
  private String repeatedPassword;

  /** Reads the user; an API key or a vanished user has no account to show. */
  public void load() {
    found = ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (policy.userId() == null) {
        throw new IllegalArgumentException("Only users have an account page.");
      }
      User u = users.get(policy, policy.userId());
      accountEmail = u.email();
      email = u.email();
      note = u.note();
      sessionTtl = u.sessionTtl();
      editable = policy.isGlobalAdmin();
    });
  }

  /** Saves the e-mail and note (global admins only); the top bar shows the new e-mail. */
  public void saveProfile() {
    AccessPolicy policy = caller.policy();
    if (ConsoleMessages.attempt(() -> users.update(policy, policy.userId(),
        new UserDetails(email, true, true, sessionTtl, note == null ? "" : note)))) {
      email = email.strip();
      accountEmail = email;
      session.signIn(session.token(), email);
      ConsoleMessages.info("Profile saved.");
    }
  }

  /** Checks the form and the current password, then changes the password. */
  public void changePassword() {
    Optional<PasswordChange.Problem> problem =
        new PasswordChange(currentPassword, newPassword, repeatedPassword).problem();
    if (problem.isEmpty() && !currentPasswordMatches()) {
      problem = Optional.of(new PasswordChange.Problem("current", "Wrong password."));
    }
    if (problem.isPresent()) {
      FacesContext.getCurrentInstance().addMessage("password:" + problem.get().field(),
          new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.get().text(), null));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    AccessPolicy policy = caller.policy();
    if (ConsoleMessages.attempt(
        () -> users.changePassword(policy, policy.userId(), newPassword))) {
      currentPassword = newPassword = repeatedPassword = null;
      ConsoleMessages.info("Password changed.");
    }
  }

  private boolean currentPasswordMatches() {
    try {
      authentication.login(accountEmail, currentPassword);
      return true;
    } catch (AuthenticationException e) {
      return false;
    }
  }

  public boolean isFound() {
    return found;
  }

  public boolean isEditable() {
    return editable;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatedPassword() {
    return repeatedPassword;
  }

  public void setRepeatedPassword(String repeatedPassword) {
    this.repeatedPassword = repeatedPassword;
  }
}
