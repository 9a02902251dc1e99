package io.longwave.console;

import io.longwave.application.auth.AuthenticationService;
import io.longwave.application.management.ApiKeyService;
import io.longwave.application.management.ApiKeyService.Scope;
import io.longwave.domain.user.ApiKey;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The API keys of the current organization, for its admins (ChirpStack v3 organization API
 * keys): listed by name, created with a name (the never-expiring token is shown once, right
 * after), and deleted after a confirmation, through {@link ApiKeyService}.
 */
@Named
@ViewScoped
public class OrganizationApiKeys implements Serializable {

  private static final long serialVersionUID = 1L;

  /** More than an organization has keys; the page lists the first ones. */
  static final int MAX_LISTED = 500;

  /** A key as the page lists it. */
  public record Row(String id, String name, String created) implements Serializable {}

  @Inject private ConsoleCaller caller;
  @Inject private ConsoleSession session;
  @Inject private ApiKeyService keys;
  @Inject private AuthenticationService authentication;

  private boolean allowed;
  private List<Row> rows = List.of();
  private String name;
  private String createdToken;

  @PostConstruct
  void init() {
    Long org = session.getOrganizationId();
    allowed = org != null && caller.current().isPresent()
        && Permissions.allowed(() -> caller.policy().requireOrganizationAdmin(org));
  }

  /** Reads the keys; says so when the caller is no admin of the organization. */
  public void load() {
    if (!allowed) {
      ConsoleMessages.error("Only the organization's admins manage its API keys.");
      return;
    }
    rows = ConsoleMessages.attempt(() -> keys.list(caller.policy(), scope(), MAX_LISTED, 0)
        .items().stream().map(k -> new Row(k.id(), k.name(),
            ConsoleTime.format(k.createdAt(), ""))).toList(), List.of());
  }

  /** Creates a key and keeps its token to show it once. */
  public void create() {
    ApiKey key = ConsoleMessages.attempt(() -> keys.create(caller.policy(), name, scope()), null);
    if (key != null) {
      createdToken = authentication.apiKeyToken(key);
      ConsoleMessages.info("API key " + key.name() + " created; copy its token now, it is not"
          + " shown again.");
      name = null;
      load();
    }
  }

  /** Deletes the key; scripts using it are refused from now on. */
  public void delete(Row row) {
    if (ConsoleMessages.attempt(() -> keys.delete(caller.policy(), row.id()))) {
      ConsoleMessages.info("API key " + row.name() + " deleted.");
      createdToken = null;
      load();
    }
  }

  private Scope scope() {
    return new Scope(false, session.getOrganizationId(), 0);
  }

  public boolean isAllowed() {
    return allowed;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  /** The token of the key just created, or null. */
  public String getCreatedToken() {
    return createdToken;
  }
}
