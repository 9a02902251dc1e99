package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The console's application pages in headless Chromium against the application on Payara Micro
 * and PostgreSQL (one deployment), with an organization, an application and a device profile
 * provisioned by SQL: the admin imports a CSV file of three devices (one with a malformed
 * DevEUI) and reads the per-row report, then finds the imported devices in the list; creates a
 * multicast group (its field messages first), has an unknown device refused as a member, adds
 * an imported one, and deletes the group after a confirmation.
 * Screenshots go to {@code target/screenshots}.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleApplicationIT extends ConsoleBrowserCase {

  private static final String ADMIN_PASSWORD = "it-admin-password";
  private static final long ORG = 7101;
  private static final long APP = 7101;
  private static final String PROFILE = "1a6c7d0e-5b8f-4c4e-8f0e-3d2b1c0a9e77";

  private static boolean provisioned;

  @BeforeEach
  void signInAsAdmin() {
    browser.open("console/dashboard.xhtml");
    browser.urlContains("login.xhtml");
    browser.type("login:email", "admin");
    browser.type("login:password", ADMIN_PASSWORD);
    browser.click("login:signIn");
    browser.urlContains("dashboard.xhtml");
  }

  @Test
  @Order(1)
  void admin_imports_a_csv_of_three_devices_and_reads_which_were_created() throws Exception {
    browser.open("console/devices.xhtml?application=" + APP);
    browser.click("importDevices");
    browser.urlContains("device-import.xhtml");
    browser.textContains("upload:columns", "device_profile_id");
    Path csv = Files.createTempFile("devices", ".csv");
    Files.writeString(csv, "dev_eui,name,description,device_profile_id,nwk_key,app_key,tags\r\n"
        + "70b3d57ed0c0c001,imp-1,\"Cellar, left\"," + PROFILE
        + ",2b7e151628aed2a6abf7158809cf4f3c,,floor=1;room=lab\r\n"
        + "70b3d57ed0c0c0,imp-bad,," + PROFILE + ",,,\r\n"
        + "\r\n"
        + "70b3d57ed0c0c003,imp-3,," + PROFILE + ",,,\r\n", UTF_8);
    try {
      browser.until(d -> {
        d.findElement(By.cssSelector("#upload input[type=file]"))
            .sendKeys(csv.toAbsolutePath().toString());
        return true;
      });
      browser.click("upload:import");
      String report = browser.textContains("result:report", "2 of 3 devices created");
      assertTrue(report.contains("70b3d57ed0c0c001"), report);
      assertTrue(report.contains("created with keys"), report);
      assertTrue(report.contains("EUI-64"), report);
      assertTrue(report.contains("70b3d57ed0c0c003"), report);
      browser.textContains("messages", "See the report for the rows refused.");
      browser.screenshot("device-import");
    } finally {
      Files.delete(csv);
    }
    browser.click("upload:back");
    browser.textContains("list:devices", "imp-1");
    browser.textContains("list:devices", "imp-3");
    browser.open("console/device-form.xhtml?devEui=70b3d57ed0c0c001");
    browser.until(d -> d.findElement(By.id("form:tags")).getAttribute("value")
        .contains("room=lab"));
  }

  @Test
  @Order(2)
  void admin_creates_a_multicast_group_adds_a_device_and_deletes_the_group() throws Exception {
    browser.open("console/devices.xhtml?application=" + APP);
    browser.click("multicastGroups");
    browser.textContains("list:groups", "No multicast groups.");
    browser.click("addGroup");
    browser.click("form:save");
    browser.textContains("form", "The McAddr is required.");
    browser.type("form:name", "all-meters");
    browser.type("form:mcAddr", "01020304");
    browser.type("form:mcNwkSKey", "2b7e151628aed2a6abf7158809cf4f3c");
    browser.type("form:mcAppSKey", "000102030405060708090a0b0c0d0e0f");
    browser.type("form:dr_input", "3");
    browser.type("form:frequency_input", "869525000");
    browser.click("form:save");
    browser.textContains("messages", "Multicast group all-meters saved.");
    browser.urlContains("multicast-group.xhtml?id=");
    browser.textContains("members:table", "No members.");
    browser.type("members:devEui", "70b3d57ed0c0c0ff");
    browser.click("members:add");
    browser.textContains("messages", "70b3d57ed0c0c0ff");
    browser.type("members:devEui", "70b3d57ed0c0c001");
    browser.click("members:add");
    browser.textContains("members:table", "70b3d57ed0c0c001");
    browser.textContains("messages", "Device 70b3d57ed0c0c001 added.");
    browser.screenshot("multicast-group");
    browser.click("form:back");
    String list = browser.textContains("list:groups", "all-meters");
    assertTrue(list.contains("01020304") && list.contains("CLASS_C"), list);
    browser.screenshot("multicast-groups");
    browser.click(By.linkText("all-meters"));
    browser.click("danger:delete");
    browser.click("confirm:confirmYes");
    browser.textContains("messages", "Multicast group all-meters deleted.");
    browser.textContains("list:groups", "No multicast groups.");
  }

  @Override
  protected String lastPagePrefix() {
    return "last-";
  }

  /** The organization, its application and device profile. */
  @Override
  protected void provision() throws Exception {
    if (provisioned) {
      return;
    }
    try (Connection c = FreshPostgresDatabase.connect(); Statement s = c.createStatement()) {
      for (String sql : List.of(
          "insert into organization (id, name, display_name, can_have_gateways, created_at,"
              + " updated_at) values (" + ORG + ", 'apps-it', 'Apps IT', true, now(), now())",
          "insert into service_profile (id, name, organization_id, network_server_id,"
              + " created_at, updated_at) values ('2e1f9b1a-7c2d-4d5e-9f3a-6b4c8d0e1f22',"
              + " 'sp', " + ORG + ", 1, now(), now())",
          "insert into application (id, name, description, organization_id,"
              + " service_profile_id, created_at, updated_at) values (" + APP + ", 'sensors',"
              + " 'Sensors', " + ORG + ", '2e1f9b1a-7c2d-4d5e-9f3a-6b4c8d0e1f22', now(), now())",
          "insert into device_profile (id, name, region, mac_version, reg_params_revision,"
              + " supports_join, supports_class_b, supports_class_c, class_b_timeout,"
              + " ping_slot_period, class_c_timeout, rx_delay_1, rx_dr_offset_1, rx_datarate_2,"
              + " rx_freq_2, max_eirp, adr_algorithm_id, uplink_interval,"
              + " device_status_req_frequency, flush_queue_on_activate, created_at, updated_at,"
              + " organization_id, network_server_id) values ('" + PROFILE + "', 'otaa-eu868',"
              + " 'EU868', '1.0.3', 'A', true, false, true, 0, 0, 0, 1, 0, 0, 869525000, 16,"
              + " 'default', 3600, 0, false, now(), now(), " + ORG + ", 1)")) {
        s.execute(sql);
      }
    }
    provisioned = true;
  }
}
