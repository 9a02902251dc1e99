package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the console's browser test: a fresh profile per browser, no
 * network of its own (no sync, updates, QUIC or first-run pages), and every look-up an explicit
 * wait on a condition that finds the element again, because the pages' Ajax updates (the device
 * page refreshes itself when the server pushes a change) replace elements between two calls. The
 * waits are long (a loaded machine) and poll every 100 ms, so the normal path is fast.
 */
final class ConsoleBrowser implements AutoCloseable {

  /** How long a condition may take on a busy machine before the test fails. */
  static final Duration PATIENCE = Duration.ofSeconds(120);

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final URL base;
  private final Path profile;
  private final WebDriver driver;
  private final WebDriverWait wait;

  ConsoleBrowser(URL base) throws IOException {
    this.base = base;
    this.profile = Files.createTempDirectory("console-it-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--disable-extensions",
        "--window-size=1366,900", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort()
        .withTimeout(PATIENCE).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
    wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100));
    wait.ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class);
  }

  /** The browser itself, for scripts a test runs in the page. */
  WebDriver driver() {
    return driver;
  }

  /** Loads {@code page}, relative to the application's root. */
  void open(String page) {
    driver.get(base.toString() + page);
  }

  /**
   * Waits until the condition holds and returns what it gave. A call that meets an element at the
   * moment an Ajax update or a page load takes it out of the document fails in ChromeDriver
   * either as a stale reference or, when the node goes while the driver resolves it, as an
   * "unhandled inspector error"; both mean "look again". ChromeDriver resolves a clicked
   * element's position before it sends any mouse event, so a click that fails this way was not
   * made and may be tried again.
   */
  <T> T until(Function<WebDriver, T> condition) {
    return wait.until(d -> {
      try {
        return condition.apply(d);
      } catch (WebDriverException e) {
        if (leftTheDocument(e)) {
          return null;
        }
        throw e;
      }
    });
  }

  /** Whether the driver's error says the element was taken out of the document under the call. */
  private static boolean leftTheDocument(WebDriverException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("does not belong to the document")
        || message.contains("No node with given id");
  }

  void urlContains(String part) {
    until(d -> d.getCurrentUrl().contains(part));
  }

  /** The element's text, as soon as it is there. */
  String text(String id) {
    return until(d -> d.findElement(By.id(id)).getText());
  }

  /** Waits until the element's text contains {@code part}, and returns the text. */
  String textContains(String id, String part) {
    return until(d -> {
      String text = d.findElement(By.id(id)).getText();
      return text.contains(part) ? text : null;
    });
  }

  /** Waits until the element's text no longer contains {@code part}, and returns the text. */
  String textLacks(String id, String part) {
    return until(d -> {
      String text = d.findElement(By.id(id)).getText();
      return text.contains(part) ? null : text;
    });
  }

  boolean present(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** Clicks the element once it is displayed and enabled. */
  void click(By locator) {
    until(d -> {
      WebElement e = d.findElement(locator);
      if (!e.isDisplayed() || !e.isEnabled()) {
        return null;
      }
      e.click();
      return true;
    });
  }

  void click(String id) {
    click(By.id(id));
  }

  /** Replaces the text of the input. */
  void type(String id, String text) {
    until(d -> {
      WebElement e = d.findElement(By.id(id));
      if (!e.isDisplayed()) {
        return null;
      }
      e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
      if (!text.isEmpty()) {
        e.sendKeys(text);
      }
      return true;
    });
  }

  /** Sends keys to the input as they are (no clearing). */
  void keys(String id, CharSequence... keys) {
    until(d -> {
      d.findElement(By.id(id)).sendKeys(keys);
      return true;
    });
  }

  /**
   * Picks the option labelled {@code label} of a PrimeFaces select menu. A menu whose change
   * reloads the page (the organization switcher) can replace the document under the click, so
   * errors of elements that left the document are taken as "look again", and the choice counts
   * once the menu's label shows it.
   */
  void choose(String menuId, String label) {
    By item = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + label
        + "']");
    for (int attempt = 1; ; attempt++) {
      try {
        if (!panelShown(menuId)) {
          click(menuId);
        }
        // a click while the panel still fades in or moves into place can be lost
        tolerant(PATIENCE).until(d -> panelShown(menuId) && !panelMoving(menuId));
        WebElement option = tolerant(PATIENCE).until(d -> {
          WebElement e = d.findElement(item);
          return e.isDisplayed() ? e : null;
        });
        option.click();
      } catch (WebDriverException e) {
        // the page changed under the click; whether the choice took is checked below
      }
      try {
        tolerant(Duration.ofSeconds(5)).until(
            d -> d.findElement(By.id(menuId + "_label")).getText().contains(label));
        return;
      } catch (TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** A wait that looks again on any driver error, such as an element that left the document. */
  private WebDriverWait tolerant(Duration patience) {
    WebDriverWait w = new WebDriverWait(driver, patience, Duration.ofMillis(100));
    w.ignoring(WebDriverException.class);
    return w;
  }

  private boolean panelShown(String menuId) {
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
        "var p = document.getElementById(arguments[0] + '_panel');"
            + " return !!p && getComputedStyle(p).display !== 'none'"
            + " && p.getBoundingClientRect().height > 0;", menuId));
  }

  private boolean panelMoving(String menuId) {
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
        "var p = document.getElementById(arguments[0] + '_panel');"
            + " return !p || getComputedStyle(p).opacity !== '1'"
            + " || (!!window.jQuery && jQuery(p).is(':animated'));", menuId));
  }

  /** Waits until no PrimeFaces Ajax request is queued or running. */
  void ajaxDone() {
    until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** The whole page as a PNG in target/screenshots: the window grows to the page's height. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Dimension size = driver.manage().window().getSize();
    Object height = ((JavascriptExecutor) driver)
        .executeScript("return document.documentElement.scrollHeight");
    int pageHeight = height instanceof Number n ? n.intValue() : size.getHeight();
    driver.manage().window().setSize(new Dimension(size.getWidth(),
        Math.max(size.getHeight(), Math.min(pageHeight + 140, 3000))));
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    driver.manage().window().setSize(size);
  }

  /** What the browser shows, as a screenshot and the page's HTML, to see why a step failed. */
  void keepLastPage(String name) throws IOException {
    screenshot(name);
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), UTF_8);
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }
}
