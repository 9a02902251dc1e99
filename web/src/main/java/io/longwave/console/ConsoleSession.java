package io.longwave.console;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The signed-in caller of one browser session: the session token {@link
 * io.longwave.application.auth.AuthenticationService#login} gave (checked again on every request
 * by {@link ConsoleCaller}, so that an expired token or a deactivated user ends the session),
 * the e-mail shown in the menu, and the organization the console works in.
 */
@Named
@SessionScoped
public class ConsoleSession implements Serializable {

  private static final long serialVersionUID = 1L;

  private String token;
  private String email;
  private Long organizationId;

  /** Remembers a successful sign-in. */
  public void signIn(String sessionToken, String signedInEmail) {
    this.token = sessionToken;
    this.email = signedInEmail;
    this.organizationId = null;
  }

  /** Forgets the caller (the HTTP session is invalidated separately). */
  public void signOut() {
    token = null;
    email = null;
    organizationId = null;
  }

  public boolean isSignedIn() {
    return token != null;
  }

  String token() {
    return token;
  }

  public String getEmail() {
    return email;
  }

  /** The organization chosen in the switcher, or null before one is chosen. */
  public Long getOrganizationId() {
    return organizationId;
  }

  public void setOrganizationId(Long organizationId) {
    this.organizationId = organizationId;
  }
}
