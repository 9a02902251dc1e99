package io.longwave.console.converter;

import io.longwave.lorawan.DevAddr;
import jakarta.faces.convert.FacesConverter;

/** A device address field: 8 hex digits. */
@FacesConverter("longwave.DevAddr")
public class DevAddrConverter extends IdentifierConverter<DevAddr> {

  public DevAddrConverter() {
    super("device address", DevAddr::parse, DevAddr::toString);
  }
}
