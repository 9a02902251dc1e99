package io.longwave.console;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The devices of an import file: a CSV ({@link CsvRecords}) whose header names the columns
 * {@code dev_eui,name,description,device_profile_id,nwk_key,app_key,tags} in any order
 * ({@code dev_eui}, {@code name} and {@code device_profile_id} are required, the others may be
 * left out). Keys are 32 hex digits ({@code nwk_key} is the AppKey of a LoRaWAN 1.0.x device),
 * tags are {@code k=v;k2=v2}. A row that cannot be read becomes a {@link DeviceCsvRow} with its
 * error, so that the other rows are still imported.
 */
public final class DeviceCsv {

  /** The columns, in the order the page documents them. */
  public static final List<String> COLUMNS = List.of("dev_eui", "name", "description",
      "device_profile_id", "nwk_key", "app_key", "tags");

  /** The most devices one file may hold. */
  public static final int MAX_ROWS = 10_000;

  private static final List<String> REQUIRED = List.of("dev_eui", "name", "device_profile_id");

  private DeviceCsv() {}

  /**
   * The rows of {@code text}, in their order.
   *
   * @throws IllegalArgumentException when the file is empty or malformed, its header names an
   *     unknown, repeated or missing column, or it has more than {@link #MAX_ROWS} rows
   */
  public static List<DeviceCsvRow> parse(String text) {
    List<CsvRecords.Record> records = CsvRecords.parse(text.startsWith("\uFEFF")
        ? text.substring(1) : text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("the file is empty; its first line must be the header "
          + String.join(",", COLUMNS));
    }
    Map<String, Integer> index = header(records.get(0).fields());
    if (records.size() - 1 > MAX_ROWS) {
      throw new IllegalArgumentException("the file has " + (records.size() - 1)
          + " rows; at most " + MAX_ROWS + " may be imported at once");
    }
    List<DeviceCsvRow> rows = new ArrayList<>();
    for (CsvRecords.Record r : records.subList(1, records.size())) {
      rows.add(row(r, index));
    }
    return rows;
  }

  private static Map<String, Integer> header(List<String> fields) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      String name = fields.get(i).strip().toLowerCase();
      if (!COLUMNS.contains(name)) {
        throw new IllegalArgumentException("the header names an unknown column \"" + name
            + "\"; the columns are " + String.join(",", COLUMNS));
      }
      if (index.put(name, i) != null) {
        throw new IllegalArgumentException("the header names the column " + name + " twice");
      }
    }
    for (String required : REQUIRED) {
      if (!index.containsKey(required)) {
        throw new IllegalArgumentException("the header lacks the column " + required);
      }
    }
    return index;
  }

  private static DeviceCsvRow row(CsvRecords.Record r, Map<String, Integer> index) {
    List<String> f = r.fields();
    String devEuiText = f.get(0);
    if (f.size() != index.size()) {
      return DeviceCsvRow.refused(r.line(), index.get("dev_eui") < f.size()
          ? f.get(index.get("dev_eui")) : "", "has " + f.size() + " columns, the header "
          + index.size());
    }
    devEuiText = f.get(index.get("dev_eui"));
    try {
      Eui64 devEui = Eui64.parse(devEuiText.strip());
      String name = value(f, index, "name");
      if (name == null) {
        return DeviceCsvRow.refused(r.line(), devEuiText, "the name is empty");
      }
      String profile = value(f, index, "device_profile_id");
      if (profile == null) {
        return DeviceCsvRow.refused(r.line(), devEuiText, "the device_profile_id is empty");
      }
      UUID profileId = uuid(profile);
      String nwkKey = value(f, index, "nwk_key");
      String appKey = value(f, index, "app_key");
      if (nwkKey == null && appKey != null) {
        return DeviceCsvRow.refused(r.line(), devEuiText,
            "an app_key needs an nwk_key (a LoRaWAN 1.0.x device's AppKey goes in nwk_key)");
      }
      String description = value(f, index, "description");
      return new DeviceCsvRow(r.line(), devEuiText, devEui, name,
          description == null ? "" : description, profileId,
          nwkKey == null ? null : Aes128Key.parse(nwkKey),
          appKey == null ? null : Aes128Key.parse(appKey), tags(value(f, index, "tags")), null);
    } catch (LorawanFormatException | IllegalArgumentException e) {
      return DeviceCsvRow.refused(r.line(), devEuiText, e.getMessage());
    }
  }

  private static String value(List<String> fields, Map<String, Integer> index, String column) {
    Integer i = index.get(column);
    String v = i == null ? "" : fields.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the device_profile_id " + text + " is not a UUID");
    }
  }

  /** The tags of {@code k=v;k2=v2}: keys not blank and unique, values trimmed. */
  static Map<String, String> tags(String text) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (text == null) {
      return tags;
    }
    for (String pair : text.split(";")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? "" : pair.substring(0, eq).strip();
      if (key.isEmpty()) {
        throw new IllegalArgumentException("the tag \"" + pair.strip() + "\" is not key=value");
      }
      if (tags.put(key, pair.substring(eq + 1).strip()) != null) {
        throw new IllegalArgumentException("the tag " + key + " is given twice");
      }
    }
    return tags;
  }
}
