package io.longwave.console.converter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HexPayloadTest {

  @Test
  void reads_hex_digits_in_either_case_and_ignores_spaces() {
    assertArrayEquals(new byte[] {1, 2, (byte) 0xab}, HexPayload.parse("01 02 AB"));
    assertArrayEquals(new byte[] {(byte) 0xca, (byte) 0xfe}, HexPayload.parse(" ca\tfe "));
  }

  @Test
  void reads_nothing_as_the_empty_payload() {
    assertArrayEquals(new byte[0], HexPayload.parse(""));
    assertArrayEquals(new byte[0], HexPayload.parse(null));
  }

  @Test
  void refuses_a_character_that_is_no_hex_digit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HexPayload.parse("0x12"));
    assertEquals("'x' is not a hexadecimal digit", e.getMessage());
  }

  @Test
  void refuses_an_odd_number_of_digits() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HexPayload.parse("012"));
    assertEquals("a payload has two hexadecimal digits per byte; got 3 digits", e.getMessage());
  }

  @Test
  void refuses_more_than_the_largest_lorawan_payload() {
    HexPayload.parse("00".repeat(HexPayload.MAX_BYTES));
    assertThrows(IllegalArgumentException.class,
        () -> HexPayload.parse("00".repeat(HexPayload.MAX_BYTES + 1)));
  }

  @Test
  void writes_lower_case_digits() {
    assertEquals("01020aff", HexPayload.format(new byte[] {1, 2, 10, (byte) 0xff}));
    assertEquals("", HexPayload.format(null));
  }
}
