package io.longwave.application.management;

import java.util.List;

/** One page of a list and the total count, as list requests answer. */
public record Page<T>(long totalCount, List<T> items) {

  public Page {
    items = List.copyOf(items);
  }
}
