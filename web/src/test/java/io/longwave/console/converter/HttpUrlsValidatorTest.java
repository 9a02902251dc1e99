package io.longwave.console.converter;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.validator.ValidatorException;
import org.junit.jupiter.api.Test;

class HttpUrlsValidatorTest {

  private final HttpUrlsValidator validator = new HttpUrlsValidator();

  @Test
  void empty_one_or_several_http_urls_pass() {
    assertDoesNotThrow(() -> validator.validate(null, null, null));
    assertDoesNotThrow(() -> validator.validate(null, null, ""));
    assertDoesNotThrow(() -> validator.validate(null, null, "https://example.com/up?x=1"));
    assertDoesNotThrow(() -> validator.validate(null, null,
        " http://10.0.0.1:8080/a , https://example.com/b,"));
  }

  @Test
  void a_part_that_is_no_http_url_is_named_in_the_message() {
    ValidatorException e = assertThrows(ValidatorException.class,
        () -> validator.validate(null, null, "http://ok.example/a, ftp://files.example/b"));
    assertEquals("'ftp://files.example/b' is not an http or https URL.",
        e.getFacesMessage().getSummary());
    assertThrows(ValidatorException.class, () -> validator.validate(null, null, "not a url"));
    assertThrows(ValidatorException.class, () -> validator.validate(null, null, "http:/path"));
  }
}
