package io.longwave.uplink.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.NetId;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DevAddrAllocatorTest {

  /** A generator whose nextInt() is always {@code v}. */
  static RandomGenerator fixed(int v) {
    return () -> ((long) v) << 32;
  }

  /**
   * {description, NetID, random bits, DevAddr}: the type prefix and NwkID of Backend Interfaces
   * 1.0 §13 with the random bits in NwkAddr (ChirpStack's lrwn {@code set_dev_addr_prefix}).
   */
  static Stream<Arguments> allocations() {
    return Stream.of(
        Arguments.of("type 0, NetID 000000", "000000", 0x01020304, "01020304"),
        Arguments.of("type 0, NetID 000013 (TTN)", "000013", 0xffffffff, "27ffffff"),
        Arguments.of("type 0, NetID 000013, zero bits", "000013", 0, "26000000"),
        Arguments.of("type 3, NetID 600001", "600001", 0, "e0020000"),
        Arguments.of("type 6, NetID c00001", "c00001", 0xffffffff, "fc0007ff"),
        Arguments.of("type 7, NetID e00001", "e00001", 0, "fe000080"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allocations")
  void allocates_address_under_the_net_id(
      String description, String netId, int bits, String devAddr) {
    NetId id = NetId.parse(netId);
    DevAddr a = new DevAddrAllocator(id, fixed(bits)).allocate();
    assertEquals(devAddr, a.toString());
    assertTrue(a.isNetId(id));
  }

  @Test
  void allocates_different_addresses_from_random_bits() {
    DevAddrAllocator allocator = new DevAddrAllocator(NetId.parse("000013"),
        new SplittableRandom(7));
    DevAddr a = allocator.allocate();
    DevAddr b = allocator.allocate();
    assertNotEquals(a, b);
    assertTrue(a.isNetId(NetId.parse("000013")) && b.isNetId(NetId.parse("000013")));
  }
}
