package io.longwave.api.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the token of a request as ChirpStack v3 does: the {@code Grpc-Metadata-Authorization}
 * header, else {@code Authorization}; {@code Bearer <token>} with the scheme in any case, or a
 * bare token (which v3 still accepts).
 */
public final class BearerToken {

  public static final String GRPC_METADATA_HEADER = "Grpc-Metadata-Authorization";
  public static final String AUTHORIZATION_HEADER = "Authorization";
  private static final Pattern BEARER = Pattern.compile("(?i)^bearer\\s+(.*)$");

  private BearerToken() {}

  /** The token from the two headers' values (either may be null). */
  public static Optional<String> from(String grpcMetadataAuthorization, String authorization) {
    Optional<String> t = parse(grpcMetadataAuthorization);
    return t.isPresent() ? t : parse(authorization);
  }

  /** The token in one header value; empty for a missing or blank value or a bare scheme. */
  public static Optional<String> parse(String headerValue) {
    if (headerValue == null || headerValue.isBlank()) {
      return Optional.empty();
    }
    String v = headerValue.strip();
    if (v.equalsIgnoreCase("bearer")) {
      return Optional.empty();
    }
    Matcher m = BEARER.matcher(v);
    String token = m.matches() ? m.group(1).strip() : v;
    return token.isEmpty() ? Optional.empty() : Optional.of(token);
  }
}
