package io.longwave.codec.js;

import io.longwave.codec.CodecException;
import java.util.Objects;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Runs codec scripts in the sandbox: one sealed set of standard objects shared by every call
 * (scripts cannot change built-ins, so nothing leaks from one device's call to another's), a fresh
 * global scope per call, compiled scripts cached by owner and hash, and the {@link ScriptLimits}
 * charged per call.
 *
 * <p>Thread-safe: build one for the application and share it. Failure modes: every script
 * problem (syntax, a throw, a type error, a limit) is a {@link CodecException} with the script's
 * message and line.
 */
public final class JavaScriptEngine {

  /** Distinct scripts kept compiled. */
  private static final int CACHE_CAPACITY = 2_000;

  private final ScriptLimits limits;
  private final SandboxContextFactory factory;
  private final ScriptableObject sharedScope;
  private final CompiledScripts compiled = new CompiledScripts(CACHE_CAPACITY);

  public JavaScriptEngine(ScriptLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.factory = new SandboxContextFactory(limits.maxStackDepth());
    Context cx = factory.enterContext();
    try {
      sharedScope = cx.initSafeStandardObjects(null, true);
      sharedScope.sealObject();
    } finally {
      Context.exit();
    }
  }

  /** An engine with {@link ScriptLimits#DEFAULT}. */
  public JavaScriptEngine() {
    this(ScriptLimits.DEFAULT);
  }

  public ScriptLimits limits() {
    return limits;
  }

  /**
   * The codec of a device profile's scripts.
   *
   * @param owner what the scripts belong to, e.g. the profile id (part of the cache key)
   * @param decoderScript the script with {@code Decode} or {@code decodeUplink}, or blank
   * @param encoderScript the script with {@code Encode} or {@code encodeDownlink}; when blank the
   *     decoder script is used (a v4 script defines both functions)
   */
  public JavaScriptCodec codec(String owner, String decoderScript, String encoderScript) {
    return new JavaScriptCodec(this, owner, decoderScript, encoderScript);
  }

  /** Compiled scripts held. */
  int compiledScripts() {
    return compiled.size();
  }

  /** One step of a call, run inside the sandbox with the script loaded in {@code scope}. */
  @FunctionalInterface
  interface ScriptCall<T> {
    T apply(Context cx, Scriptable scope) throws CodecException;
  }

  /** Loads {@code source} into a fresh scope and runs {@code call} there, within the limits. */
  <T> T run(String owner, String source, ScriptCall<T> call) throws CodecException {
    if (source.length() > limits.maxScriptChars()) {
      throw new CodecException(
          "the script has " + source.length() + " characters, more than the "
              + limits.maxScriptChars() + " allowed");
    }
    Context cx = factory.enterContext();
    try {
      Script script = compile(cx, owner, source);
      ScriptBudget budget = new ScriptBudget(limits);
      cx.putThreadLocal(ScriptBudget.class, budget);
      Scriptable scope = cx.newObject(sharedScope);
      scope.setPrototype(sharedScope);
      scope.setParentScope(null);
      script.exec(cx, scope);
      T result = call.apply(cx, scope);
      budget.checkAllocation();
      return result;
    } catch (ScriptLimitExceeded e) {
      throw new CodecException(e.getMessage());
    } catch (RhinoException e) {
      throw new CodecException(describe(e), e);
    } catch (StackOverflowError e) {
      throw new CodecException("the script recursed too deeply");
    } catch (OutOfMemoryError e) {
      throw new CodecException("the script ran out of memory");
    } catch (CompileFailure e) {
      throw new CodecException(e.getMessage(), e.getCause());
    } catch (RuntimeException e) {
      throw new CodecException("the script failed: " + e, e);
    } finally {
      cx.removeThreadLocal(ScriptBudget.class);
      Context.exit();
    }
  }

  private Script compile(Context cx, String owner, String source) {
    return compiled.get(
        owner,
        source,
        () -> {
          try {
            return cx.compileString(source, "script", 1, null);
          } catch (EvaluatorException e) {
            throw new CompileFailure("syntax error: " + describe(e), e);
          }
        });
  }

  static String describe(RhinoException e) {
    String details = e.details();
    int line = e.lineNumber();
    return line > 0 ? details + " (line " + line + ")" : details;
  }

  /** A script that does not compile, carried out of the cache's supplier. */
  private static final class CompileFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CompileFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
