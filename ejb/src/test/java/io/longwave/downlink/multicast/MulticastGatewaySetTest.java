package io.longwave.downlink.multicast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.connector.api.frame.GatewayId;
import io.longwave.lorawan.Eui64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The greedy gateway set cover of a multicast group's members. */
class MulticastGatewaySetTest {

  private static final GatewayId A = GatewayId.parse("000000000000000a");
  private static final GatewayId B = GatewayId.parse("000000000000000b");
  private static final GatewayId C = GatewayId.parse("000000000000000c");
  private static final GatewayId D = GatewayId.parse("000000000000000d");

  private static Eui64 dev(int n) {
    return Eui64.parse(String.format("00000000000000%02x", n));
  }

  @Test
  void takes_the_gateway_covering_most_members_first_then_covers_the_rest() {
    Map<Eui64, List<GatewayId>> heard = new LinkedHashMap<>();
    heard.put(dev(1), List.of(A));
    heard.put(dev(2), List.of(A, C));
    heard.put(dev(3), List.of(A, B));
    heard.put(dev(4), List.of(B, C));
    heard.put(dev(5), List.of(D));
    assertEquals(List.of(A, B, D), MulticastGatewaySet.cover(heard));
  }

  @Test
  void one_gateway_that_heard_every_member_is_enough() {
    Map<Eui64, List<GatewayId>> heard = new LinkedHashMap<>();
    heard.put(dev(1), List.of(A, D));
    heard.put(dev(2), List.of(B, D));
    heard.put(dev(3), List.of(C, D));
    assertEquals(List.of(D), MulticastGatewaySet.cover(heard));
  }

  @Test
  void on_a_tie_the_lowest_gateway_id_is_taken() {
    Map<Eui64, List<GatewayId>> heard = new LinkedHashMap<>();
    heard.put(dev(1), List.of(C, B));
    assertEquals(List.of(B), MulticastGatewaySet.cover(heard));
  }

  @Test
  void members_no_gateway_heard_are_left_out() {
    Map<Eui64, List<GatewayId>> heard = new LinkedHashMap<>();
    heard.put(dev(1), List.of());
    heard.put(dev(2), List.of(C));
    assertEquals(List.of(C), MulticastGatewaySet.cover(heard));
    assertEquals(List.of(), MulticastGatewaySet.cover(Map.of(dev(3), List.of())));
    assertEquals(List.of(), MulticastGatewaySet.cover(Map.of()));
  }

  @Test
  void a_greedy_cover_is_never_larger_than_one_gateway_per_member() {
    Map<Eui64, List<GatewayId>> heard = new LinkedHashMap<>();
    List<GatewayId> all = List.of(A, B, C, D);
    for (int i = 0; i < 12; i++) {
      heard.put(dev(i), List.of(all.get(i % 4), all.get((i * 7 + 1) % 4)));
    }
    List<GatewayId> cover = MulticastGatewaySet.cover(heard);
    assertEquals(true, cover.size() <= 4);
    for (List<GatewayId> g : heard.values()) {
      assertEquals(true, g.stream().anyMatch(cover::contains), "every member is covered");
    }
  }
}
