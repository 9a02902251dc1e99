package io.longwave.console.converter;

import io.longwave.lorawan.Aes128Key;
import jakarta.faces.convert.FacesConverter;

/** A root or session key field: 32 hex digits. */
@FacesConverter("longwave.Aes128Key")
public class Aes128KeyConverter extends IdentifierConverter<Aes128Key> {

  public Aes128KeyConverter() {
    super("AES-128 key", Aes128Key::parse, Aes128Key::toHex);
  }
}
