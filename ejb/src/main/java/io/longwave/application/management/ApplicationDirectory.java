package io.longwave.application.management;

import java.util.Optional;

/**
 * What the identity services need to know about applications: which organization owns one.
 * Read-only; the applications themselves are managed elsewhere.
 */
public interface ApplicationDirectory {

  /** The organization owning the application; empty when there is no such application. */
  Optional<Long> organizationOf(long applicationId);
}
