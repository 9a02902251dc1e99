package io.longwave.codec.js;

import java.time.Duration;
import java.util.Objects;

/**
 * What one codec call may use. A call past any limit is stopped and fails with a message naming
 * the limit.
 *
 * @param timeout wall-clock time of one call (ChirpStack's {@code max_execution_time}, 100 ms)
 * @param maxInstructions interpreter instructions of one call
 * @param maxAllocatedBytes heap the calling thread may allocate during one call (checked where
 *     the JVM can measure it per thread, as HotSpot does)
 * @param maxScriptChars the longest script accepted
 * @param maxOutputChars the longest JSON a call may return
 * @param maxStackDepth the deepest nesting of interpreted calls
 */
public record ScriptLimits(
    Duration timeout,
    long maxInstructions,
    long maxAllocatedBytes,
    int maxScriptChars,
    int maxOutputChars,
    int maxStackDepth) {

  /** 100 ms, 10 million instructions, 64 MiB, 100 000 characters of script, 64 KiB of output. */
  public static final ScriptLimits DEFAULT =
      new ScriptLimits(Duration.ofMillis(100), 10_000_000, 64L << 20, 100_000, 65_536, 200);

  public ScriptLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("the script timeout must be positive, got " + timeout);
    }
    if (maxInstructions <= 0 || maxAllocatedBytes <= 0 || maxScriptChars <= 0
        || maxOutputChars <= 0 || maxStackDepth <= 0) {
      throw new IllegalArgumentException("script limits must be positive");
    }
  }

  /** These limits with another timeout. */
  public ScriptLimits withTimeout(Duration t) {
    return new ScriptLimits(
        t, maxInstructions, maxAllocatedBytes, maxScriptChars, maxOutputChars, maxStackDepth);
  }
}
