package io.longwave.console.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tickets that admit a live page's socket: a page that has read a device or gateway with the
 * caller's rights gets a random ticket bound to it, and the socket it opens with that ticket is
 * subscribed to that device or gateway only. A ticket is 128 random bits, valid for {@link
 * #VALIDITY} and redeemed at most once, so that a ticket seen in a page or a log admits nobody
 * later. Threading: thread-safe.
 */
@ApplicationScoped
public class LiveTickets {

  /** The kind of a device page's ticket; its id is the DevEUI. */
  public static final String DEVICE = "device";

  /** The kind of a gateway page's ticket; its id is the gateway id. */
  public static final String GATEWAY = "gateway";

  /** How long a ticket may wait for its socket. */
  static final Duration VALIDITY = Duration.ofMinutes(2);

  private static final Set<String> KINDS = Set.of(DEVICE, GATEWAY);

  /** What a ticket admits: the pages of one device or gateway. */
  public record Target(String kind, String id) {
    public Target {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
    }
  }

  private record Issued(Target target, Instant expires) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private Clock clock = Clock.systemUTC();

  /** Uses {@code clock} for the validity of tickets (tests). */
  void clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A new ticket for the pages of {@code id} of {@code kind} ({@value #DEVICE} or {@value
   * #GATEWAY}); the caller must have read it with the caller's rights.
   */
  public String issue(String kind, String id) {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("no live pages of the kind " + kind);
    }
    Target target = new Target(kind, id);
    Instant now = clock.instant();
    issued.values().removeIf(i -> !i.expires().isAfter(now));
    byte[] bits = new byte[16];
    random.nextBytes(bits);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    issued.put(ticket, new Issued(target, now.plus(VALIDITY)));
    return ticket;
  }

  /**
   * What {@code ticket} admits, once: empty for an unknown, expired or already redeemed ticket.
   */
  public Optional<Target> redeem(String ticket) {
    if (ticket == null) {
      return Optional.empty();
    }
    Issued i = issued.remove(ticket);
    if (i == null || !i.expires().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(i.target());
  }
}
