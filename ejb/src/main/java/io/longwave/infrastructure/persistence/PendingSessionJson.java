package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The {@code pending_session} column of {@code device_session}: a pending rejoin session
 * (LoRaWAN 1.1 §6.2.4) as one JSON object with what the row's columns hold for the current
 * session (address, version, region, keys, counters, class, activation time) and its radio and
 * MAC state as {@link SessionStateJson} text. Stateless and thread-safe.
 */
final class PendingSessionJson {


  private PendingSessionJson() {}

  /** The JSON text of a pending session. */
  static String write(DeviceSession p) {
    return JSON.createObjectBuilder()
        .add("devAddr", p.devAddr().toString())
        .add("macVersion", p.macVersion().text())
        .add("region", p.region().name())
        .add("fNwkSIntKey", p.fNwkSIntKey().toHex())
        .add("sNwkSIntKey", p.sNwkSIntKey().toHex())
        .add("nwkSEncKey", p.nwkSEncKey().toHex())
        .add("appSKey", p.appSKey().toHex())
        .add("fCntUp", p.fCntUp())
        .add("nFCntDown", p.nFCntDown())
        .add("aFCntDown", p.aFCntDown())
        .add("confFCnt", p.confFCnt())
        .add("deviceClass", p.deviceClass().name())
        .add("activatedAt", p.activatedAt().toString())
        .add("state", SessionStateJson.write(p))
        .build()
        .toString();
  }

  /**
   * The pending session of {@code devEui} stored as {@code json}.
   *
   * @throws IllegalStateException when the text is not the JSON this class writes
   */
  static DeviceSession read(String json, Eui64 devEui) {
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject o = reader.readObject();
      DeviceSession p =
          new DeviceSession(
              devEui,
              DevAddr.parse(o.getString("devAddr")),
              MacVersion.parse(o.getString("macVersion")),
              RegionId.parse(o.getString("region")),
              Aes128Key.parse(o.getString("fNwkSIntKey")),
              Aes128Key.parse(o.getString("sNwkSIntKey")),
              Aes128Key.parse(o.getString("nwkSEncKey")),
              Aes128Key.parse(o.getString("appSKey")),
              Instant.parse(o.getString("activatedAt")),
              0);
      p.fCntUp(o.getJsonNumber("fCntUp").longValueExact())
          .nFCntDown(o.getJsonNumber("nFCntDown").longValueExact())
          .aFCntDown(o.getJsonNumber("aFCntDown").longValueExact())
          .confFCnt(o.getJsonNumber("confFCnt").longValueExact())
          .deviceClass(DeviceClass.valueOf(o.getString("deviceClass")));
      SessionStateJson.read(o.getString("state"), p);
      return p;
    } catch (JsonException | ClassCastException | ArithmeticException | IllegalArgumentException
        | NullPointerException | DateTimeParseException | LorawanFormatException e) {
      throw new IllegalStateException(
          "the stored pending rejoin session of " + devEui + " is unreadable: " + e.getMessage(),
          e);
    }
  }
}
