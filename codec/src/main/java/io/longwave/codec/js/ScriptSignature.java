package io.longwave.codec.js;

/** Which of ChirpStack's function signatures a script defines. */
enum ScriptSignature {
  /** ChirpStack v3: {@code Decode(fPort, bytes, variables)}, {@code Encode(fPort, obj, variables)}. */
  V3("Decode", "Encode"),
  /** ChirpStack v4: {@code decodeUplink(input)}, {@code encodeDownlink(input)}. */
  V4("decodeUplink", "encodeDownlink");

  private final String decodeFunction;
  private final String encodeFunction;

  ScriptSignature(String decodeFunction, String encodeFunction) {
    this.decodeFunction = decodeFunction;
    this.encodeFunction = encodeFunction;
  }

  String decodeFunction() {
    return decodeFunction;
  }

  String encodeFunction() {
    return encodeFunction;
  }
}
