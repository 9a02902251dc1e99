package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConsoleAccessFilterTest {

  @Test
  void an_ajax_request_is_sent_to_the_sign_in_page_with_a_partial_response_redirect() {
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
        + "<redirect url=\"/login.xhtml\"/></partial-response>",
        ConsoleAccessFilter.partialRedirect("/login.xhtml"));
  }

  @Test
  void the_redirect_url_is_escaped_for_xml() {
    assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
        + "<redirect url=\"/a&amp;b&quot;&lt;/login.xhtml\"/></partial-response>",
        ConsoleAccessFilter.partialRedirect("/a&b\"</login.xhtml"));
  }
}
