package io.longwave.console.converter;

import io.longwave.lorawan.Eui64;
import jakarta.faces.convert.FacesConverter;

/** A DevEUI, JoinEUI or gateway id field: 16 hex digits. */
@FacesConverter("longwave.Eui64")
public class Eui64Converter extends IdentifierConverter<Eui64> {

  public Eui64Converter() {
    super("EUI-64", Eui64::parse, Eui64::toString);
  }
}
