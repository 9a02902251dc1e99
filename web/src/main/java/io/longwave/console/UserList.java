package io.longwave.console;

import io.longwave.application.management.Page;
import io.longwave.application.management.UserService;
import io.longwave.domain.user.User;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Every user, a page at a time, for global admins, who create, change and delete them ({@link
 * UserForm}).
 */
@Named
@ViewScoped
public class UserList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private Administration administration;
  @Inject private UserService users;

  private LazyRows<UserRow> rows;

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::fetch, r -> Long.toString(r.id()));
  }

  /** Says so when the caller is no global admin. */
  public void load() {
    administration.refused();
  }

  private Page<UserRow> fetch(String search, int limit, int offset) {
    Page<User> page = users.list(caller.policy(), limit, offset);
    return new Page<>(page.totalCount(), page.items().stream().map(UserRow::of).toList());
  }

  public LazyRows<UserRow> getRows() {
    return rows;
  }
}
