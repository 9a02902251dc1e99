package io.longwave.console.converter;

import io.longwave.integration.config.ConfigJson;
import io.longwave.integration.config.InvalidIntegrationException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * An integration's URL field: one absolute http or https URL, or several separated by commas as
 * ChirpStack v3 allows; the integrations check the same rule when they store the configuration.
 * An empty field passes (whether one is needed is the form's business).
 */
@FacesValidator("longwave.HttpUrls")
public class HttpUrlsValidator implements Validator<String> {

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value == null) {
      return;
    }
    for (String part : value.split(",")) {
      String url = part.strip();
      if (url.isEmpty()) {
        continue;
      }
      try {
        ConfigJson.url("url", url);
      } catch (InvalidIntegrationException e) {
        String text = "'" + url + "' is not an http or https URL.";
        throw new ValidatorException(
            new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
      }
    }
  }
}
