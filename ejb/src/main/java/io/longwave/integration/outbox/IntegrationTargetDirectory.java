package io.longwave.integration.outbox;

import io.longwave.integration.IntegrationEvent;
import io.longwave.integration.IntegrationTarget;
import io.longwave.integration.IntegrationTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every kind of integration together: the targets that take an event and the target of an id.
 * Built on the CDI beans of {@link IntegrationTargets} (any {@code Iterable}, so an {@code
 * Instance} or a list); each call asks the kinds for their targets afresh, so configuration
 * changes apply as soon as the kinds see them.
 */
public final class IntegrationTargetDirectory {

  private final Iterable<? extends IntegrationTargets> kinds;

  public IntegrationTargetDirectory(Iterable<? extends IntegrationTargets> kinds) {
    this.kinds = Objects.requireNonNull(kinds, "kinds");
  }

  /** The ids of the targets that take the event, without duplicates, in discovery order. */
  public List<String> targetIdsFor(IntegrationEvent event) {
    List<String> ids = new ArrayList<>();
    for (IntegrationTargets kind : kinds) {
      for (IntegrationTarget target : kind.targetsFor(event)) {
        String id = target.id();
        if (id == null || id.isEmpty() || id.length() > 100) {
          throw new IllegalStateException("integration target id must be 1 to 100 characters: "
              + id + " (" + kind.getClass().getName() + ")");
        }
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** The target with the id, from whichever kind knows it. */
  public Optional<IntegrationTarget> target(String id) {
    for (IntegrationTargets kind : kinds) {
      Optional<IntegrationTarget> found = kind.target(id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
