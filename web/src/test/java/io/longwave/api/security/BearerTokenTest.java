package io.longwave.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BearerTokenTest {

  @Test
  void the_scheme_is_case_insensitive_and_a_bare_token_is_accepted() {
    assertEquals(Optional.of("abc.def.ghi"), BearerToken.parse("Bearer abc.def.ghi"));
    assertEquals(Optional.of("abc.def.ghi"), BearerToken.parse("bearer   abc.def.ghi "));
    assertEquals(Optional.of("abc.def.ghi"), BearerToken.parse("BEARER abc.def.ghi"));
    assertEquals(Optional.of("abc.def.ghi"), BearerToken.parse("abc.def.ghi"));
  }

  @Test
  void blank_values_and_a_bare_scheme_carry_no_token() {
    assertEquals(Optional.empty(), BearerToken.parse(null));
    assertEquals(Optional.empty(), BearerToken.parse("  "));
    assertEquals(Optional.empty(), BearerToken.parse("Bearer"));
    assertEquals(Optional.empty(), BearerToken.parse("Bearer   "));
  }

  @Test
  void grpc_metadata_wins_over_authorization() {
    assertEquals(Optional.of("a"), BearerToken.from("Bearer a", "Bearer b"));
    assertEquals(Optional.of("b"), BearerToken.from(null, "Bearer b"));
    assertEquals(Optional.of("b"), BearerToken.from("", "b"));
  }

  @Test
  void websocket_upgrades_carry_the_token_after_the_bearer_subprotocol() {
    assertEquals(Optional.of("tok"), WebSocketProtocol.token("Bearer, tok"));
    assertEquals(Optional.of("tok"), WebSocketProtocol.token("other, bearer,tok"));
    assertEquals(Optional.empty(), WebSocketProtocol.token("Bearer"));
    assertEquals(Optional.empty(), WebSocketProtocol.token(null));
    assertEquals(Optional.empty(), WebSocketProtocol.token("chat"));
  }
}
