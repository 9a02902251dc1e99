package io.longwave.console;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.Eui64;
import java.util.Map;
import java.util.UUID;

/**
 * One data row of an import file ({@link DeviceCsv}): the device it describes, or why it cannot
 * be read.
 *
 * @param line the line of the file the row starts on
 * @param devEuiText the dev_eui column as written
 * @param devEui the DevEUI; null when the row is refused
 * @param nwkKey the NwkKey (the AppKey of a LoRaWAN 1.0.x device), or null for none
 * @param appKey the AppKey of a LoRaWAN 1.1 device, or null
 * @param error why the row cannot be read; null when it can
 */
public record DeviceCsvRow(int line, String devEuiText, Eui64 devEui, String name,
    String description, UUID deviceProfileId, Aes128Key nwkKey, Aes128Key appKey,
    Map<String, String> tags, String error) {

  static DeviceCsvRow refused(int line, String devEuiText, String error) {
    return new DeviceCsvRow(line, devEuiText, null, null, null, null, null, null, Map.of(), error);
  }

  public boolean readable() {
    return error == null;
  }
}
