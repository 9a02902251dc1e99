package io.longwave.it;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What every browser test of the console shares: the WAR under test deployed once per class, the
 * data a class needs provisioned before its first test, a fresh headless browser for each test,
 * and the last page it showed kept (screenshot and HTML) when the test ends.
 */
abstract class ConsoleBrowserCase {

  @ArquillianResource protected URL base;

  protected ConsoleBrowser browser;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  /** Provisions the class's data; called before each test, so it must run its work once. */
  protected abstract void provision() throws Exception;

  /** The name prefix of the pages kept after each test. */
  protected abstract String lastPagePrefix();

  /** Signs in on the login page and waits for the dashboard. */
  protected void signIn(String email, String password) {
    browser.open("login.xhtml");
    browser.type("login:email", email);
    browser.type("login:password", password);
    browser.click("login:signIn");
    browser.urlContains("dashboard.xhtml");
  }

  @BeforeEach
  void openBrowser() throws Exception {
    provision();
    browser = new ConsoleBrowser(base);
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      try {
        browser.keepLastPage(lastPagePrefix()
            + test.getTestMethod().map(m -> m.getName()).orElse("test"));
      } finally {
        browser.close();
      }
    }
  }
}
