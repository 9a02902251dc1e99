package io.longwave.codec.js;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The budget of one call on one thread: a deadline, an instruction allowance and an allocation
 * allowance, checked each time the interpreter reports a batch of instructions.
 */
final class ScriptBudget {

  private static final com.sun.management.ThreadMXBean THREADS = allocationMeter();

  private final ScriptLimits limits;
  private final long deadlineNanos;
  private final long allocatedAtStart;
  private long instructions;

  ScriptBudget(ScriptLimits limits) {
    this.limits = limits;
    this.deadlineNanos = System.nanoTime() + limits.timeout().toNanos();
    this.allocatedAtStart = allocated();
  }

  /** Called by the interpreter after {@code count} more instructions. */
  void spend(int count) {
    instructions += count;
    if (instructions > limits.maxInstructions()) {
      throw new ScriptLimitExceeded(
          "the script was stopped after " + limits.maxInstructions() + " instructions");
    }
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ScriptLimitExceeded(
          "the script was stopped after " + limits.timeout().toMillis() + " ms");
    }
    checkAllocation();
  }

  /** Fails when the thread allocated more than allowed since the call started. */
  void checkAllocation() {
    if (allocatedAtStart >= 0 && allocated() - allocatedAtStart > limits.maxAllocatedBytes()) {
      throw new ScriptLimitExceeded(
          "the script was stopped after allocating more than "
              + (limits.maxAllocatedBytes() >> 20) + " MiB");
    }
  }

  private static long allocated() {
    return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
  }

  private static com.sun.management.ThreadMXBean allocationMeter() {
    try {
      ThreadMXBean bean = ManagementFactory.getThreadMXBean();
      if (bean instanceof com.sun.management.ThreadMXBean meter
          && meter.isThreadAllocatedMemorySupported()) {
        if (!meter.isThreadAllocatedMemoryEnabled()) {
          meter.setThreadAllocatedMemoryEnabled(true);
        }
        return meter;
      }
    } catch (RuntimeException | LinkageError e) {
      // no per-thread allocation figures on this JVM: the other limits still apply
    }
    return null;
  }
}
