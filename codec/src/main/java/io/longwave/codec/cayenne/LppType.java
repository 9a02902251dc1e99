package io.longwave.codec.cayenne;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The LPP data types: the IPSO-based ones of the Cayenne LPP reference (digital and analog I/O,
 * illuminance, presence, temperature, humidity, accelerometer, barometer, gyrometer, GPS) and the
 * extended ones of the ElectronicCats CayenneLPP library. Each has its LPP type byte (the IPSO
 * object id minus 3200), its value size, whether the value is signed and its resolution, and the
 * member name of ChirpStack v3's decoded object (the IPSO names ChirpStack v3 uses; the extended
 * types follow the same camelCase pattern).
 */
enum LppType {
  DIGITAL_INPUT(0, "digitalInput", LppValueKind.SCALAR, 1, false, "1"),
  DIGITAL_OUTPUT(1, "digitalOutput", LppValueKind.SCALAR, 1, false, "1"),
  ANALOG_INPUT(2, "analogInput", LppValueKind.SCALAR, 2, true, "0.01"),
  ANALOG_OUTPUT(3, "analogOutput", LppValueKind.SCALAR, 2, true, "0.01"),
  GENERIC_SENSOR(100, "genericSensor", LppValueKind.SCALAR, 4, false, "1"),
  ILLUMINANCE(101, "illuminanceSensor", LppValueKind.SCALAR, 2, false, "1"),
  PRESENCE(102, "presenceSensor", LppValueKind.SCALAR, 1, false, "1"),
  TEMPERATURE(103, "temperatureSensor", LppValueKind.SCALAR, 2, true, "0.1"),
  HUMIDITY(104, "humiditySensor", LppValueKind.SCALAR, 1, false, "0.5"),
  ACCELEROMETER(113, "accelerometer", LppValueKind.AXES, 6, true, "0.001"),
  BAROMETER(115, "barometer", LppValueKind.SCALAR, 2, false, "0.1"),
  VOLTAGE(116, "voltage", LppValueKind.SCALAR, 2, false, "0.01"),
  CURRENT(117, "current", LppValueKind.SCALAR, 2, false, "0.001"),
  FREQUENCY(118, "frequency", LppValueKind.SCALAR, 4, false, "1"),
  PERCENTAGE(120, "percentage", LppValueKind.SCALAR, 1, false, "1"),
  ALTITUDE(121, "altitude", LppValueKind.SCALAR, 2, true, "1"),
  LOAD(122, "load", LppValueKind.SCALAR, 3, true, "0.001"),
  CONCENTRATION(125, "concentration", LppValueKind.SCALAR, 2, false, "1"),
  POWER(128, "power", LppValueKind.SCALAR, 2, false, "1"),
  DISTANCE(130, "distance", LppValueKind.SCALAR, 4, false, "0.001"),
  ENERGY(131, "energy", LppValueKind.SCALAR, 4, false, "0.001"),
  DIRECTION(132, "direction", LppValueKind.SCALAR, 2, false, "1"),
  UNIX_TIME(133, "unixTime", LppValueKind.SCALAR, 4, false, "1"),
  GYROMETER(134, "gyrometer", LppValueKind.AXES, 6, true, "0.01"),
  COLOUR(135, "colour", LppValueKind.COLOUR, 3, false, "1"),
  GPS(136, "gpsLocation", LppValueKind.GPS, 9, true, "0.0001"),
  SWITCH(142, "switch", LppValueKind.SCALAR, 1, false, "1");

  private static final LppType[] BY_ID = new LppType[256];

  static {
    for (LppType t : values()) {
      BY_ID[t.id] = t;
    }
  }

  private final int id;
  private final String member;
  private final LppValueKind kind;
  private final int size;
  private final boolean signed;
  private final BigDecimal resolution;

  LppType(int id, String member, LppValueKind kind, int size, boolean signed, String resolution) {
    this.id = id;
    this.member = member;
    this.kind = kind;
    this.size = size;
    this.signed = signed;
    this.resolution = new BigDecimal(resolution);
  }

  /** The type byte. */
  int id() {
    return id;
  }

  /** The member name in the decoded object. */
  String member() {
    return member;
  }

  LppValueKind kind() {
    return kind;
  }

  /** The value's size in bytes. */
  int size() {
    return size;
  }

  boolean signed() {
    return signed;
  }

  /** What one unit of the raw value is worth. */
  BigDecimal resolution() {
    return resolution;
  }

  /** The type of a type byte, if LPP defines it. */
  static Optional<LppType> ofId(int id) {
    return id >= 0 && id < BY_ID.length ? Optional.ofNullable(BY_ID[id]) : Optional.empty();
  }

  /** The type of a decoded object's member name, if it is one. */
  static Optional<LppType> ofMember(String member) {
    for (LppType t : values()) {
      if (t.member.equals(member)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
