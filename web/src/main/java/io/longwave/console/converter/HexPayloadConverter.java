package io.longwave.console.converter;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** Converts a payload field between its {@link HexPayload hex text} and bytes. */
@FacesConverter("longwave.HexPayload")
public class HexPayloadConverter implements Converter<byte[]> {

  @Override
  public byte[] getAsObject(FacesContext context, UIComponent component, String value) {
    try {
      return HexPayload.parse(value);
    } catch (IllegalArgumentException e) {
      String text = "Invalid payload: " + e.getMessage();
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, byte[] value) {
    return HexPayload.format(value);
  }
}
