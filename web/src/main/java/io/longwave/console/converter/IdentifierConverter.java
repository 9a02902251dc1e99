package io.longwave.console.converter;

import io.longwave.lorawan.LorawanFormatException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.function.Function;

/**
 * Converts a field between the hex text people type (spaces and a {@code 0x} prefix allowed)
 * and a LoRaWAN identifier or key; malformed text becomes a message next to the field. An empty
 * field is null.
 *
 * @param <T> the identifier type
 */
abstract class IdentifierConverter<T> implements Converter<T> {

  private final String what;
  private final Function<String, T> parse;
  private final Function<T, String> format;

  IdentifierConverter(String what, Function<String, T> parse, Function<T, String> format) {
    this.what = what;
    this.parse = parse;
    this.format = format;
  }

  @Override
  public T getAsObject(FacesContext context, UIComponent component, String value) {
    String hex = normalize(value);
    if (hex.isEmpty()) {
      return null;
    }
    try {
      return parse.apply(hex);
    } catch (LorawanFormatException | IllegalArgumentException e) {
      String text = "Invalid " + what + ": " + e.getMessage();
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, T value) {
    return value == null ? "" : format.apply(value);
  }

  /** The text without blanks and without a leading {@code 0x}. */
  static String normalize(String value) {
    String hex = value == null ? "" : value.replaceAll("\\s+", "");
    if (hex.startsWith("0x") || hex.startsWith("0X")) {
      hex = hex.substring(2);
    }
    return hex;
  }
}
