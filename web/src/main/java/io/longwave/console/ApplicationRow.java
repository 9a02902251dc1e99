package io.longwave.console;

import io.longwave.domain.application.Application;
import java.io.Serializable;

/** An application as the application list shows it. */
public record ApplicationRow(long id, String name, String description, String serviceProfileId)
    implements Serializable {

  public static ApplicationRow of(Application app) {
    return new ApplicationRow(app.id(), app.name(), app.description(),
        app.serviceProfileId().toString());
  }
}
