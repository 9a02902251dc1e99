package io.longwave.application.auth;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * JSON Web Tokens signed with HMAC-SHA256 (RFC 7519, RFC 7515 §A.1), with the audience and
 * issuer ChirpStack v3 uses ({@code "as"}), so tokens look the same to existing tools. Only
 * {@code HS256} is accepted; {@code nbf} and {@code exp} are checked when present.
 */
public final class JsonWebToken {


  static final String ISSUER = "as";
  static final String AUDIENCE = "as";
  private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /** @param secret the shared secret; at least 32 bytes */
  public JsonWebToken(byte[] secret) {
    if (secret.length < 32) {
      throw new IllegalArgumentException("the JWT secret must be at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Signs {@code claims}; {@code iss} and {@code aud} are added. */
  public String sign(JsonObject claims) {
    JsonObject full =
        JSON.createObjectBuilder(claims).add("iss", ISSUER).add("aud", AUDIENCE).build();
    String signingInput =
        B64.encodeToString(HEADER.getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(full.toString().getBytes(StandardCharsets.UTF_8));
    return signingInput + "." + B64.encodeToString(mac(signingInput));
  }

  /**
   * Checks the token and returns its claims.
   *
   * @throws AuthenticationException saying what is wrong with it
   */
  public JsonObject verify(String token, Instant now) throws AuthenticationException {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new AuthenticationException("the token is not a JWT (three dot-separated parts)");
    }
    JsonObject header = json(parts[0], "header");
    if (!"HS256".equals(string(header, "alg"))) {
      throw new AuthenticationException("the token's algorithm must be HS256");
    }
    byte[] signature;
    try {
      signature = B64D.decode(parts[2]);
    } catch (IllegalArgumentException e) {
      throw new AuthenticationException("the token's signature is not base64url");
    }
    if (!MessageDigest.isEqual(signature, mac(parts[0] + "." + parts[1]))) {
      throw new AuthenticationException("the token's signature is not valid");
    }
    JsonObject claims = json(parts[1], "claims");
    if (!AUDIENCE.equals(string(claims, "aud"))) {
      throw new AuthenticationException("the token's audience must be \"as\"");
    }
    checkTimes(claims, now);
    return claims;
  }

  /**
   * Checks {@code nbf} and {@code exp} of claims {@link #verify} returned, for a token verified
   * before and used again.
   *
   * @throws AuthenticationException when the token is not valid yet or has expired
   */
  void checkTimes(JsonObject claims, Instant now) throws AuthenticationException {
    long t = now.getEpochSecond();
    Long nbf = number(claims, "nbf");
    if (nbf != null && t < nbf) {
      throw new AuthenticationException("the token is not valid yet");
    }
    Long exp = number(claims, "exp");
    if (exp != null && t >= exp) {
      throw new AuthenticationException("the token has expired");
    }
  }

  private byte[] mac(String input) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static JsonObject json(String part, String what) throws AuthenticationException {
    try (JsonReader r = JSON.createReader(new ByteArrayInputStream(B64D.decode(part)))) {
      return r.readObject();
    } catch (IllegalArgumentException | JsonException e) {
      throw new AuthenticationException("the token's " + what + " is not base64url JSON");
    }
  }

  private static String string(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v != null && v.getValueType() == JsonValue.ValueType.STRING
        ? o.getString(name)
        : null;
  }

  private static Long number(JsonObject o, String name) throws AuthenticationException {
    JsonValue v = o.get(name);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (v.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new AuthenticationException("the token's " + name + " must be a number");
    }
    return ((JsonNumber) v).longValue();
  }
}
