package io.longwave.uplink.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.longwave.lorawan.Aes128Key;
import org.junit.jupiter.api.Test;

class UplinkHistoryTest {

  static UplinkMetrics m(long fCnt) {
    return new UplinkMetrics(fCnt, 1.5, -80, 0, 1);
  }

  @Test
  void keeps_the_last_twenty_uplinks_oldest_first() {
    UplinkHistory h = UplinkHistory.empty();
    for (long f = 0; f < 25; f++) {
      h = h.with(m(f));
    }
    assertEquals(20, h.uplinks().size());
    assertEquals(5, h.uplinks().get(0).fCnt());
    assertEquals(24, h.uplinks().get(19).fCnt());
  }

  @Test
  void ignores_an_uplink_with_the_counter_of_the_last_one() {
    UplinkHistory h = UplinkHistory.empty().with(m(3));
    assertSame(h, h.with(m(3)));
    assertEquals(2, h.with(m(4)).uplinks().size());
  }

  @Test
  void prepares_each_key_once_per_thread() throws Exception {
    AesKeyContextCache cache = new AesKeyContextCache(2);
    Aes128Key a = Aes128Key.parse("01010101010101010101010101010101");
    Aes128Key b = Aes128Key.parse("02020202020202020202020202020202");
    Aes128Key c = Aes128Key.parse("03030303030303030303030303030303");
    assertSame(cache.get(a), cache.get(a));
    cache.get(b);
    cache.get(c);
    assertEquals(2, cache.size(), "the least recently used key is dropped");
    Object[] other = new Object[1];
    Thread t = new Thread(() -> other[0] = cache.get(b));
    t.start();
    t.join();
    assertNotSame(cache.get(b), other[0], "another thread has its own context");
  }
}
