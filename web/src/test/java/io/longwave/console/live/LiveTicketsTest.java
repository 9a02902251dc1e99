package io.longwave.console.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveTicketsTest {

  private static final String DEVICE = "70b3d57ed0c0b001";
  private static final String GATEWAY = "0016c001ff10a235";

  private final LiveTickets tickets = new LiveTickets();
  private Instant now = Instant.parse("2026-03-01T10:00:00Z");

  @BeforeEach
  void clock() {
    tickets.clock(new Clock() {
      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return now;
      }
    });
  }

  @Test
  void a_ticket_admits_the_page_it_was_issued_for_once() {
    String ticket = tickets.issue(LiveTickets.DEVICE, DEVICE);
    assertEquals(Optional.of(new LiveTickets.Target(LiveTickets.DEVICE, DEVICE)),
        tickets.redeem(ticket));
    assertEquals(Optional.empty(), tickets.redeem(ticket), "a used ticket admits nobody");
  }

  @Test
  void tickets_are_128_random_bits_in_base64url() {
    String a = tickets.issue(LiveTickets.GATEWAY, GATEWAY);
    String b = tickets.issue(LiveTickets.GATEWAY, GATEWAY);
    assertNotEquals(a, b);
    assertTrue(a.matches("[A-Za-z0-9_-]{22}"), a);
  }

  @Test
  void an_expired_ticket_admits_nobody() {
    String late = tickets.issue(LiveTickets.DEVICE, DEVICE);
    now = now.plus(LiveTickets.VALIDITY).minusSeconds(1);
    String inTime = tickets.issue(LiveTickets.DEVICE, DEVICE);
    assertTrue(tickets.redeem(inTime).isPresent());
    now = now.plus(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), tickets.redeem(late));
  }

  @Test
  void a_ticket_names_the_kind_it_was_issued_for_and_unknown_kinds_get_none() {
    String ticket = tickets.issue(LiveTickets.GATEWAY, GATEWAY);
    assertEquals(LiveTickets.GATEWAY, tickets.redeem(ticket).orElseThrow().kind());
    assertThrows(IllegalArgumentException.class, () -> tickets.issue("application", "1"));
  }

  @Test
  void unknown_or_missing_tickets_admit_nobody() {
    tickets.issue(LiveTickets.DEVICE, DEVICE);
    assertEquals(Optional.empty(), tickets.redeem("AAAAAAAAAAAAAAAAAAAAAA"));
    assertEquals(Optional.empty(), tickets.redeem(null));
  }
}
