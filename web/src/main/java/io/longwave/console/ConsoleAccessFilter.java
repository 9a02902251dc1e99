package io.longwave.console;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets only signed-in callers reach the console's pages (also when the welcome page forwards to
 * the dashboard): anyone else is sent to the sign-in page, with a Faces partial-response redirect for an Ajax request (a poll or a table page
 * after the session ended), so that the browser follows it instead of failing silently.
 */
@WebFilter(urlPatterns = "/console/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class ConsoleAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The sign-in page, relative to the context path. */
  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject private ConsoleCaller caller;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    if (caller.current().isPresent()) {
      response.setHeader("Cache-Control", "no-store");
      chain.doFilter(request, response);
      return;
    }
    String login = request.getContextPath() + LOGIN_PAGE;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write(partialRedirect(login));
    } else {
      response.sendRedirect(login);
    }
  }

  /** The Faces partial response that makes the browser load {@code url}. */
  static String partialRedirect(String url) {
    String escaped = url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + escaped + "\"/></partial-response>";
  }
}
