package io.longwave.lorawan.classb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.longwave.lorawan.LorawanFormatException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Beacon encode/decode properties over all formats (LoRaWAN 1.0.4 §13.2, 1.1 §15.2). */
class BeaconPayloadPropertyTest {

  private static final int[] SPREADING_FACTORS = {8, 9, 10, 12};

  @Property(tries = 2000)
  void decodes_what_it_encodes(
      @ForAll @IntRange(min = 0, max = 3) int sf,
      @ForAll boolean v104,
      @ForAll @IntRange(min = 0, max = 255) int param,
      @ForAll @LongRange(min = 0, max = 0xffff_ffffL) long time,
      @ForAll @IntRange(min = -(1 << 23), max = (1 << 23) - 1) int lat,
      @ForAll @IntRange(min = -(1 << 23), max = (1 << 23) - 1) int lng) {
    BeaconFormat f = format(sf, v104);
    BeaconPayload b =
        new BeaconPayload(f, v104 ? param : 0, time, new GatewayCoordinates(lat & 1, lat, lng));
    byte[] bytes = b.encode();
    assertEquals(f.size(), bytes.length);
    assertEquals(b, BeaconPayload.decode(f, bytes));
  }

  @Property(tries = 2000)
  void decodes_arbitrary_bytes_or_fails_with_a_format_exception(
      @ForAll @IntRange(min = 0, max = 3) int sf,
      @ForAll boolean v104,
      @ForAll @Size(max = 30) byte[] bytes) {
    BeaconFormat f = format(sf, v104);
    try {
      BeaconPayload b = BeaconPayload.decode(f, bytes);
      // Only a frame with both CRCs right and zero RFU bytes re-encodes to the same bytes.
      byte[] again = b.encode();
      assertEquals(bytes.length, again.length);
      assertArrayEquals(again, BeaconPayload.decode(f, again).encode());
    } catch (LorawanFormatException expected) {
      // the only exception decode may throw
    }
  }

  private static BeaconFormat format(int sf, boolean v104) {
    return BeaconFormat.forSpreadingFactor(SPREADING_FACTORS[sf],
        v104 ? BeaconVersion.LORAWAN_1_0_4 : BeaconVersion.LORAWAN_1_0_3);
  }
}
