package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.domain.profile.ServiceProfileSettings;
import org.junit.jupiter.api.Test;

class ServiceProfileFieldsTest {

  @Test
  void settings_read_into_the_form_come_back_unchanged() {
    ServiceProfileSettings s = new ServiceProfileSettings("metered", 7, 3, 10, 20, "MARK", 5, 6,
        "DROP", false, 2, true, true, 1, 5, "ff00", true, false, true, true, 10, 2, true);
    ServiceProfileFields f = new ServiceProfileFields();
    f.read(s);
    assertEquals(s, f.toSettings(7, 3));
  }

  @Test
  void a_new_form_has_chirpstacks_defaults_and_the_name_and_mask_are_tidied() {
    ServiceProfileFields f = new ServiceProfileFields();
    f.setName(" default ");
    f.setChannelMask(" FF00 ");
    ServiceProfileSettings s = f.toSettings(7, 1);
    assertEquals("default", s.name());
    assertEquals("ff00", s.channelMask());
    assertEquals(0, s.drMin());
    assertEquals(15, s.drMax());
    assertTrue(s.addGwMetaData());
    assertEquals("DROP", s.ulRatePolicy());
  }

  @Test
  void a_data_rate_range_upside_down_is_refused_with_its_reason() {
    ServiceProfileFields f = new ServiceProfileFields();
    f.setName("upside-down");
    f.setDrMin(5);
    f.setDrMax(3);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> f.toSettings(7, 1));
    assertTrue(e.getMessage().contains("drMin"), e.getMessage());
  }

  @Test
  void rates_show_as_no_limit_or_with_their_policy() {
    assertEquals("no limit", ServiceProfileRow.rateText(0, "DROP"));
    assertEquals("10/min, then mark", ServiceProfileRow.rateText(10, "MARK"));
  }
}
