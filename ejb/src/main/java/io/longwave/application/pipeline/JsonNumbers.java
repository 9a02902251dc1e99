package io.longwave.application.pipeline;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Numbers written as Go's encoding/json writes them: integral values without a fraction. */
final class JsonNumbers {


  private JsonNumbers() {}

  static JsonValue of(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return JsonValue.NULL;
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return JSON.createValue((long) v);
    }
    return JSON.createValue(BigDecimal.valueOf(v));
  }

  /** A float32 by its shortest decimal form ({@code 75.5}, not {@code 75.5000000001}). */
  static JsonValue ofFloat(float v) {
    if (Float.isNaN(v) || Float.isInfinite(v)) {
      return JsonValue.NULL;
    }
    if (v == Math.rint(v)) {
      return JSON.createValue((long) v);
    }
    return JSON.createValue(new BigDecimal(Float.toString(v)));
  }
}
