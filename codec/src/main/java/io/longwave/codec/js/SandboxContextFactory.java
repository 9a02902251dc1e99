package io.longwave.codec.js;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/**
 * Makes the interpreter contexts codec scripts run in: interpreted mode (so that instructions are
 * counted), ES6 language level, no Java class visible ({@code ClassShutter} refusing all), a
 * bounded interpreter stack, and the instruction observer charging the thread's {@link
 * ScriptBudget}.
 */
final class SandboxContextFactory extends ContextFactory {

  /** Instructions between two budget checks. */
  static final int CHECK_EVERY = 2_000;

  private final int maxStackDepth;

  SandboxContextFactory(int maxStackDepth) {
    this.maxStackDepth = maxStackDepth;
  }

  @Override
  protected Context makeContext() {
    Context cx = super.makeContext();
    cx.setInterpretedMode(true);
    cx.setLanguageVersion(Context.VERSION_ES6);
    cx.setInstructionObserverThreshold(CHECK_EVERY);
    cx.setMaximumInterpreterStackDepth(maxStackDepth);
    cx.setClassShutter(className -> false);
    return cx;
  }

  @Override
  protected boolean hasFeature(Context cx, int featureIndex) {
    if (featureIndex == Context.FEATURE_ENHANCED_JAVA_ACCESS) {
      return false;
    }
    return super.hasFeature(cx, featureIndex);
  }

  @Override
  protected void observeInstructionCount(Context cx, int instructionCount) {
    Object budget = cx.getThreadLocal(ScriptBudget.class);
    if (budget instanceof ScriptBudget b) {
      b.spend(instructionCount);
    }
  }
}
