package io.longwave.application.management;

import java.util.List;

/**
 * One page of a list with the number of items over all pages (ChirpStack's {@code totalCount}).
 *
 * @param result the items of the page
 * @param totalCount how many items all pages hold
 */
public record Page<T>(List<T> result, long totalCount) {

  public Page {
    result = List.copyOf(result);
  }
}
