package io.longwave.console.converter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

class IdentifierConverterTest {

  @Test
  void hex_may_have_blanks_and_a_prefix() {
    assertEquals(Eui64.parse("70b3d57ed0c0b001"),
        new Eui64Converter().getAsObject(null, null, " 0x70b3 d57e d0c0 b001 "));
    assertEquals(DevAddr.parse("26011f01"),
        new DevAddrConverter().getAsObject(null, null, "26 01 1F 01"));
    assertEquals(Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c").toHex(),
        new Aes128KeyConverter().getAsObject(null, null, "2B7E151628AED2A6ABF7158809CF4F3C")
            .toHex());
  }

  @Test
  void an_empty_field_is_null_and_null_is_an_empty_field() {
    assertNull(new Aes128KeyConverter().getAsObject(null, null, "  "));
    assertEquals("", new Eui64Converter().getAsString(null, null, null));
    assertEquals("26011f01",
        new DevAddrConverter().getAsString(null, null, DevAddr.parse("26011f01")));
  }

  @Test
  void malformed_hex_is_a_message_naming_what_was_expected() {
    ConverterException e = assertThrows(ConverterException.class,
        () -> new Aes128KeyConverter().getAsObject(null, null, "00112233"));
    assertTrue(e.getFacesMessage().getSummary().startsWith("Invalid AES-128 key: "),
        e.getFacesMessage().getSummary());
    assertThrows(ConverterException.class,
        () -> new Eui64Converter().getAsObject(null, null, "70b3d57e"));
    assertThrows(ConverterException.class,
        () -> new DevAddrConverter().getAsObject(null, null, "zz011f01"));
  }
}
