package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeviceCsvTest {

  private static final String HEADER =
      "dev_eui,name,description,device_profile_id,nwk_key,app_key,tags\n";
  private static final String PROFILE = "0f4bc4b1-3f55-4b0e-9d6b-0c2f5b0a8e11";

  @Test
  void a_full_row_becomes_a_device_with_keys_and_tags() {
    List<DeviceCsvRow> rows = DeviceCsv.parse(HEADER + "70b3d57ed0c0a001,meter-1,Cellar,"
        + PROFILE + ",2b7e151628aed2a6abf7158809cf4f3c,,floor=1;room = lab\n");
    assertEquals(1, rows.size());
    DeviceCsvRow r = rows.get(0);
    assertTrue(r.readable());
    assertEquals(2, r.line());
    assertEquals(Eui64.parse("70b3d57ed0c0a001"), r.devEui());
    assertEquals("meter-1", r.name());
    assertEquals("Cellar", r.description());
    assertEquals(UUID.fromString(PROFILE), r.deviceProfileId());
    assertEquals(Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c"), r.nwkKey());
    assertNull(r.appKey());
    assertEquals(Map.of("floor", "1", "room", "lab"), r.tags());
  }

  @Test
  void quoted_fields_keep_commas_quotes_and_line_breaks() {
    List<DeviceCsvRow> rows = DeviceCsv.parse(HEADER + "70b3d57ed0c0a001,\"meter, \"\"one\"\"\","
        + "\"two\r\nlines\"," + PROFILE + ",,,\r\n70b3d57ed0c0a002,m2,," + PROFILE + ",,,\r\n");
    assertEquals("meter, \"one\"", rows.get(0).name());
    assertEquals("two\r\nlines", rows.get(0).description());
    assertEquals(4, rows.get(1).line());
    assertTrue(rows.get(1).readable());
  }

  @Test
  void blank_lines_are_skipped_and_columns_may_come_in_any_order_or_be_left_out() {
    List<DeviceCsvRow> rows = DeviceCsv.parse("\uFEFFname,device_profile_id,dev_eui\n\n"
        + "m1," + PROFILE + ",70b3d57ed0c0a001\n   \nm2," + PROFILE + ",70b3d57ed0c0a002");
    assertEquals(2, rows.size());
    assertEquals(3, rows.get(0).line());
    assertEquals(5, rows.get(1).line());
    assertEquals("m2", rows.get(1).name());
    assertEquals("", rows.get(1).description());
    assertEquals(Map.of(), rows.get(1).tags());
  }

  @Test
  void a_bad_eui_refuses_its_row_only() {
    List<DeviceCsvRow> rows = DeviceCsv.parse(HEADER + "70b3d57e,m1,," + PROFILE + ",,,\n"
        + "70b3d57ed0c0a002,m2,," + PROFILE + ",,,\n");
    assertEquals("70b3d57e", rows.get(0).devEuiText());
    assertTrue(rows.get(0).error().contains("EUI-64"), rows.get(0).error());
    assertTrue(rows.get(1).readable());
  }

  @Test
  void a_wrong_column_count_bad_key_profile_or_tag_refuses_the_row_with_the_reason() {
    List<DeviceCsvRow> rows = DeviceCsv.parse(HEADER + "70b3d57ed0c0a001,m1," + PROFILE + "\n"
        + "70b3d57ed0c0a002,m2,,not-a-uuid,,,\n"
        + "70b3d57ed0c0a003,m3,," + PROFILE + ",00ff,,\n"
        + "70b3d57ed0c0a004,m4,," + PROFILE + ",,,novalue\n"
        + "70b3d57ed0c0a005,,," + PROFILE + ",,,\n"
        + "70b3d57ed0c0a006,m6,," + PROFILE + ",,2b7e151628aed2a6abf7158809cf4f3c,\n");
    assertEquals("has 3 columns, the header 7", rows.get(0).error());
    assertEquals("70b3d57ed0c0a001", rows.get(0).devEuiText());
    assertEquals("the device_profile_id not-a-uuid is not a UUID", rows.get(1).error());
    assertTrue(rows.get(2).error() != null);
    assertEquals("the tag \"novalue\" is not key=value", rows.get(3).error());
    assertEquals("the name is empty", rows.get(4).error());
    assertTrue(rows.get(5).error().startsWith("an app_key needs an nwk_key"));
  }

  @Test
  void a_bad_header_or_file_is_refused_as_a_whole() {
    assertEquals("the header lacks the column device_profile_id",
        assertThrows(IllegalArgumentException.class,
            () -> DeviceCsv.parse("dev_eui,name\n")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> DeviceCsv.parse("dev_eui,name,color\n")).getMessage().contains("\"color\""));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> DeviceCsv.parse(" \n")).getMessage().startsWith("the file is empty"));
    assertEquals("line 2: a quoted field is not closed",
        assertThrows(IllegalArgumentException.class,
            () -> DeviceCsv.parse(HEADER + "70b3d57ed0c0a001,\"m1,," + PROFILE)).getMessage());
  }

  @Test
  void more_rows_than_the_limit_are_refused() {
    String rows = ("70b3d57ed0c0a001,m," + "," + PROFILE + ",,,\n").repeat(DeviceCsv.MAX_ROWS + 1);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> DeviceCsv.parse(HEADER + rows)).getMessage().contains("at most 10000"));
  }
}
