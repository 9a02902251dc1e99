package io.longwave.console;

import io.longwave.application.auth.AuthenticationException;
import io.longwave.application.auth.AuthenticationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Signing in with e-mail and password through the {@link AuthenticationService} (the same check
 * as {@code POST /api/internal/login}), and signing out. A new HTTP session is started at sign-in
 * so that a session id seen before it is worth nothing after it.
 */
@Named
@RequestScoped
public class Login {

  @Inject private AuthenticationService authentication;
  @Inject private ConsoleSession session;

  private String email;
  private String password;

  /** Signs in and goes to the dashboard, or says that the e-mail or password is wrong. */
  public String signIn() {
    String token;
    try {
      token = authentication.login(email == null ? null : email.strip(), password);
    } catch (AuthenticationException e) {
      ConsoleMessages.error("Invalid e-mail or password.");
      return null;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getRequest() instanceof jakarta.servlet.http.HttpServletRequest request) {
      request.changeSessionId();
    }
    session.signIn(token, email.strip());
    return "/console/dashboard.xhtml?faces-redirect=true";
  }

  /** Ends the session and goes back to the sign-in page. */
  public void signOut() {
    session.signOut();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.invalidateSession();
    try {
      external.redirect(external.getRequestContextPath() + ConsoleAccessFilter.LOGIN_PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
