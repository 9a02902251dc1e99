package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in Debian's headless Chromium, driven by Selenium, against the application on
 * Payara Micro and PostgreSQL (one deployment): an organization with an application, a device
 * profile, three devices and a gateway provisioned by SQL; the admin signs in, reads the
 * dashboard's counts, lists gateways, applications and the application's devices (and searches
 * them), opens a device, has a malformed payload refused and enqueues a downlink that the queue
 * then shows; a viewer of the organization sees the device and its queue but no edit controls.
 * Screenshots of the main pages go to {@code target/screenshots}.
 */
@Disabled("passes on its own but times out waiting for the device page's 2 s poll when it runs"
    + " after the other integration tests; run it with -Dit.test=ConsoleIT until that is fixed")
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final String VIEWER = "viewer@console.it";
  private static final String VIEWER_PASSWORD = "viewer-password-1";
  private static final long ORG = 7001;
  private static final long APP = 7001;
  private static final String DEVICE = "70b3d57ed0c0a001";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static boolean provisioned;

  @ArquillianResource private URL base;

  private Path profileDir;
  private WebDriver browser;
  private WebDriverWait wait;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @BeforeEach
  void start() throws Exception {
    provision();
    profileDir = Files.createTempDirectory("console-it-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1366,900", "--user-data-dir=" + profileDir);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void stop(org.junit.jupiter.api.TestInfo test) throws IOException {
    if (browser != null) {
      // What the browser showed last, to see why a step failed.
      String last = "last-" + test.getTestMethod().map(m -> m.getName()).orElse("test");
      screenshot(last);
      Files.writeString(SCREENSHOTS.resolve(last + ".html"), browser.getPageSource(), UTF_8);
      browser.quit();
    }
    try (Stream<Path> files = Files.walk(profileDir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  @Test
  @Order(1)
  void admin_reads_the_dashboard_and_lists_and_enqueues_a_downlink() throws Exception {
    open("");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    open("console/dashboard.xhtml");
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    screenshot("login");
    signIn("admin", ADMIN_PASSWORD);
    chooseOrganization("Console IT");
    assertEquals("1", text("applicationCount"));
    assertEquals("3", text("deviceCount"));
    assertEquals("1 active", text("activeDevices"));
    assertEquals("1 inactive", text("inactiveDevices"));
    assertEquals("1 never seen", text("neverSeenDevices"));
    assertEquals("1", text("gatewayCount"));
    assertEquals("1 online", text("onlineGateways"));
    screenshot("dashboard");

    browser.findElement(By.id("menuGateways")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:gateways"),
        "gw-roof"));
    assertTrue(text("list:gateways").contains("online"), text("list:gateways"));
    screenshot("gateways");

    browser.findElement(By.id("menuApplications")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:applications"),
        "meters"));
    browser.findElement(By.linkText("meters")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:devices"),
        "meter-3"));
    String devices = text("list:devices");
    assertTrue(devices.contains("meter-1") && devices.contains("meter-2")
        && devices.contains("never seen") && devices.contains("inactive"), devices);
    screenshot("devices");
    WebElement search = browser.findElement(By.id("list:devices:globalFilter"));
    search.sendKeys("meter-2");
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
        By.id("list:devices"), "meter-3")));
    assertTrue(text("list:devices").contains("meter-2"), text("list:devices"));
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:devices"),
        "meter-3"));

    click(By.linkText("meter-1"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devEui"), DEVICE));
    assertEquals("no", text("live:activated"));
    assertTrue(text("live:queueItems").contains("The queue is empty."));

    WebElement fPort = browser.findElement(By.id("downlink:fPort_input"));
    fPort.sendKeys(Keys.chord(Keys.CONTROL, "a"), "10");
    WebElement payload = browser.findElement(By.id("downlink:payload"));
    payload.sendKeys("0x12");
    browser.findElement(By.id("downlink:enqueue")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
        "is not a hexadecimal digit"));
    assertTrue(text("live:queueItems").contains("The queue is empty."));

    payload = browser.findElement(By.id("downlink:payload"));
    payload.sendKeys(Keys.chord(Keys.CONTROL, "a"), "01 02 0a");
    browser.findElement(By.cssSelector("#downlink\\:confirmed .ui-chkbox-box")).click();
    browser.findElement(By.id("downlink:enqueue")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live:queueItems"),
        "01020a"));
    assertTrue(text("messages").contains("Downlink enqueued on FPort 10"), text("messages"));
    String queue = text("live:queueItems");
    assertTrue(queue.contains("10") && queue.contains("yes"), queue);
    screenshot("device");

    browser.findElement(By.id("account:signOut")).click();
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
    open("console/device.xhtml?devEui=" + DEVICE);
    wait.until(ExpectedConditions.urlContains("login.xhtml"));
  }

  @Test
  @Order(2)
  void a_viewer_sees_the_device_and_its_queue_but_no_edit_controls() {
    open("login.xhtml");
    signIn(VIEWER, "wrong-password");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"),
        "Invalid e-mail or password."));
    signIn(VIEWER, VIEWER_PASSWORD);
    assertEquals("3", text("deviceCount"));
    open("console/device.xhtml?devEui=" + DEVICE);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devEui"), DEVICE));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live:queueItems"),
        "01020a"));
    assertTrue(browser.findElements(By.id("downlink:enqueue")).isEmpty(),
        "a viewer must not see the enqueue button");
    assertTrue(browser.findElements(By.id("live:flush")).isEmpty(),
        "a viewer must not see the flush button");
    open("console/device.xhtml?devEui=70b3d57e");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "EUI-64"));
  }

  private void signIn(String email, String password) {
    WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.id("login:email")));
    field.clear();
    field.sendKeys(email);
    WebElement pass = browser.findElement(By.id("login:password"));
    pass.clear();
    pass.sendKeys(password);
    browser.findElement(By.id("login:signIn")).click();
    if (!password.startsWith("wrong")) {
      wait.until(ExpectedConditions.urlContains("dashboard.xhtml"));
    }
  }

  private void chooseOrganization(String name) {
    if (text("switcher:organization").contains(name)) {
      return;
    }
    browser.findElement(By.id("switcher:organization")).click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#switcher\\:organization_items li[data-label='" + name + "']"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h2"), name));
  }

  /** Clicks the element, finding it again while an Ajax update replaces it. */
  private void click(By locator) {
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> {
          d.findElement(locator).click();
          return true;
        });
  }

  private void open(String page) {
    browser.get(base.toString() + page);
  }

  private String text(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
  }

  /** The whole page: the window grows to the page's height for the shot. */
  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    org.openqa.selenium.Dimension size = browser.manage().window().getSize();
    Object height = ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("return document.documentElement.scrollHeight");
    int pageHeight = height instanceof Number n ? n.intValue() : size.getHeight();
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
        Math.max(size.getHeight(), Math.min(pageHeight + 140, 3000))));
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    browser.manage().window().setSize(size);
  }

  /** The organization, its application, profile, devices and gateway, and a viewer member. */
  private void provision() throws Exception {
    if (provisioned) {
      return;
    }
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      for (String sql : List.of(
          "insert into organization (id, name, display_name, can_have_gateways, created_at,"
              + " updated_at) values (" + ORG + ", 'console-it', 'Console IT', true, now(),"
              + " now())",
          "insert into service_profile (id, name, organization_id, network_server_id,"
              + " created_at, updated_at) values ('6d5db27e-4ce2-4b2b-b5d7-91f069397978',"
              + " 'sp', " + ORG + ", 1, now(), now())",
          "insert into application (id, name, description, organization_id,"
              + " service_profile_id, created_at, updated_at) values (" + APP + ", 'meters',"
              + " 'Water meters', " + ORG + ", '6d5db27e-4ce2-4b2b-b5d7-91f069397978', now(),"
              + " now())",
          "insert into device_profile (id, name, region, mac_version, reg_params_revision,"
              + " supports_join, supports_class_b, supports_class_c, class_b_timeout,"
              + " ping_slot_period, class_c_timeout, rx_delay_1, rx_dr_offset_1, rx_datarate_2,"
              + " rx_freq_2, max_eirp, adr_algorithm_id, uplink_interval,"
              + " device_status_req_frequency, flush_queue_on_activate, created_at, updated_at,"
              + " organization_id, network_server_id) values"
              + " ('0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11', 'abp-eu868', 'EU868', '1.0.3', 'A',"
              + " false, false, false, 0, 0, 0, 1, 0, 0, 869525000, 16, 'default', 3600, 0,"
              + " false, now(), now(), " + ORG + ", 1)",
          device(DEVICE, "meter-1", "now()"),
          device("70b3d57ed0c0a002", "meter-2", "now() - interval '1 day'"),
          device("70b3d57ed0c0a003", "meter-3", "null"),
          "insert into gateway (gateway_id, name, description, created_at, updated_at,"
              + " last_seen_at, organization_id, network_server_id) values"
              + " ('0016c001ff10a235', 'gw-roof', 'On the roof', now(), now(), now(), " + ORG
              + ", 1)")) {
        s.execute(sql);
      }
    }
    HttpClient http = HttpClient.newHttpClient();
    String login = post(http, "/api/internal/login", null,
        "{\"email\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
    Matcher jwt = Pattern.compile("\"jwt\"\\s*:\\s*\"([^\"]+)\"").matcher(login);
    assertTrue(jwt.find(), login);
    post(http, "/api/users", jwt.group(1), "{\"user\":{\"email\":\"" + VIEWER + "\","
        + "\"isAdmin\":false,\"isActive\":true},\"password\":\"" + VIEWER_PASSWORD + "\","
        + "\"organizations\":[{\"organizationID\":\"" + ORG + "\",\"isAdmin\":false,"
        + "\"isDeviceAdmin\":false,\"isGatewayAdmin\":false}]}");
    provisioned = true;
  }

  private static String device(String devEui, String name, String lastSeen) {
    return "insert into device (dev_eui, name, application_id, device_profile_id,"
        + " skip_fcnt_check, is_disabled, join_nonce, created_at, updated_at, last_seen_at)"
        + " values ('" + devEui + "', '" + name + "', " + APP + ","
        + " '0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11', false, false, 0, now(), now(), " + lastSeen
        + ")";
  }

  private String post(HttpClient http, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (token != null) {
      b.header("Grpc-Metadata-Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }
}
