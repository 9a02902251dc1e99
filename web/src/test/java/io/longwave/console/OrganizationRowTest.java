package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrganizationRowTest {

  @Test
  void shows_a_zero_limit_as_no_limit() {
    assertEquals("no limit", OrganizationRow.limitText(0));
  }

  @Test
  void shows_a_limit_as_its_number() {
    assertEquals("25", OrganizationRow.limitText(25));
  }
}
