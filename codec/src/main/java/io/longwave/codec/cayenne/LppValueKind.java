package io.longwave.codec.cayenne;

/** How an LPP type lays out its value. */
enum LppValueKind {
  /** One big-endian number, scaled by the type's resolution. */
  SCALAR,
  /** Three signed 16-bit axes {@code x}, {@code y}, {@code z}, scaled by the resolution. */
  AXES,
  /** Signed 24-bit latitude and longitude (0.0001°) and altitude (0.01 m). */
  GPS,
  /** Three unsigned bytes {@code r}, {@code g}, {@code b}. */
  COLOUR
}
