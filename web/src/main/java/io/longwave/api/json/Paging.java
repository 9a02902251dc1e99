package io.longwave.api.json;

import io.longwave.application.error.ApiException;

/**
 * The {@code limit} and {@code offset} query parameters of list requests. An absent or zero
 * limit means {@value #DEFAULT_LIMIT} (the page size of ChirpStack's console); a limit above
 * {@value #MAX_LIMIT} is lowered to it, so that a script asking for "everything" gets pages
 * with {@code totalCount} telling how many there are. Negative or non-numeric values are
 * refused.
 */
public record Paging(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 1000;

  public Paging {
    if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
      throw new IllegalArgumentException("limit 1.." + MAX_LIMIT + " and offset >= 0");
    }
  }

  /** From the raw query parameters. */
  public static Paging of(String limit, String offset) {
    long l = parse("limit", limit);
    long o = parse("offset", offset);
    if (o > Integer.MAX_VALUE) {
      throw ApiException.invalidArgument("offset is too large");
    }
    return new Paging(l == 0 ? DEFAULT_LIMIT : (int) Math.min(l, MAX_LIMIT), (int) o);
  }

  private static long parse(String name, String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    long v;
    try {
      v = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ApiException.invalidArgument(
          name + " must be a whole number, got \"" + RequestJson.abbreviate(value) + "\"");
    }
    if (v < 0) {
      throw ApiException.invalidArgument(name + " must not be negative");
    }
    return v;
  }
}
