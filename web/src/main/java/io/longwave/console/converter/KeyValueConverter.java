package io.longwave.console.converter;

import io.longwave.console.KeyValueText;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Map;

/** A tags or variables field: {@link KeyValueText one key=value per line}. */
@FacesConverter("longwave.KeyValue")
public class KeyValueConverter implements Converter<Map<String, String>> {

  @Override
  public Map<String, String> getAsObject(FacesContext context, UIComponent component,
      String value) {
    try {
      return KeyValueText.parse(value);
    } catch (IllegalArgumentException e) {
      String text = "Invalid key=value lines: " + e.getMessage();
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component,
      Map<String, String> value) {
    return KeyValueText.format(value);
  }
}
