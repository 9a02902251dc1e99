package io.longwave.simulator.device;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The devices file: CSV with the header {@code dev_eui,join_eui,app_key,nwk_key,dev_addr,
 * nwk_s_key,app_s_key,mac_version} and one device a line, EUIs, DevAddr and keys in hex (MSB
 * first, as ChirpStack shows them), empty cells for what a device does not have. The same file
 * provisions Longwave and drives the simulator. Lines starting with {@code #} and blank lines are
 * skipped. Stateless.
 */
public final class DevicesFile {

  /** The header line. */
  public static final String HEADER =
      "dev_eui,join_eui,app_key,nwk_key,dev_addr,nwk_s_key,app_s_key,mac_version";

  private static final int COLUMNS = 8;

  private DevicesFile() {}

  /** Reads a devices file. */
  public static List<DeviceConfig> read(Path path) throws IOException {
    return parse(Files.readAllLines(path, StandardCharsets.UTF_8));
  }

  /** Writes a devices file. */
  public static void write(Path path, List<DeviceConfig> devices) throws IOException {
    Files.write(path, format(devices), StandardCharsets.UTF_8);
  }

  /**
   * Parses the lines of a devices file; the header is optional.
   *
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  public static List<DeviceConfig> parse(List<String> lines) {
    List<DeviceConfig> devices = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#") || line.equals(HEADER)) {
        continue;
      }
      String[] c = line.split(",", -1);
      if (c.length != COLUMNS) {
        throw new IllegalArgumentException("devices file line " + (n + 1) + ": expected "
            + COLUMNS + " comma-separated columns (" + HEADER + "), got " + c.length);
      }
      try {
        devices.add(new DeviceConfig(
            Eui64.parse(c[0]),
            empty(c[1]) ? null : Eui64.parse(c[1]),
            key(c[2]),
            key(c[3]),
            empty(c[4]) ? null : DevAddr.parse(c[4]),
            key(c[5]),
            key(c[6]),
            MacVersion.parse(c[7])));
      } catch (LorawanFormatException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "devices file line " + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    return devices;
  }

  /** The lines of a devices file, header first. */
  public static List<String> format(List<DeviceConfig> devices) {
    List<String> lines = new ArrayList<>(devices.size() + 1);
    lines.add(HEADER);
    for (DeviceConfig d : devices) {
      lines.add(String.join(",",
          d.devEui().toString(),
          d.joinEui() == null ? "" : d.joinEui().toString(),
          hex(d.appKey()),
          hex(d.nwkKey()),
          d.devAddr() == null ? "" : d.devAddr().toString(),
          hex(d.nwkSKey()),
          hex(d.appSKey()),
          d.macVersion().text()));
    }
    return lines;
  }

  private static boolean empty(String s) {
    return s.isBlank();
  }

  private static Aes128Key key(String s) {
    return empty(s) ? null : Aes128Key.parse(s);
  }

  private static String hex(Aes128Key k) {
    return k == null ? "" : k.toHex();
  }
}
