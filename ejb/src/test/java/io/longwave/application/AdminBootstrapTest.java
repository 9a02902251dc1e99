package io.longwave.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

  @Test
  void generated_passwords_are_long_unambiguous_and_different() {
    SecureRandom random = new SecureRandom();
    String a = AdminBootstrap.generatePassword(random);
    String b = AdminBootstrap.generatePassword(random);
    assertEquals(20, a.length());
    assertTrue(a.matches("[a-km-zA-HJ-NP-Z2-9]+"), a);
    assertNotEquals(a, b);
  }
}
