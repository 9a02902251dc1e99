package io.longwave.codec.js;

/**
 * Thrown from the interpreter's instruction observer to stop a script. An {@link Error}, so that a
 * script's {@code try}/{@code catch} cannot swallow it.
 */
final class ScriptLimitExceeded extends Error {

  private static final long serialVersionUID = 1L;

  ScriptLimitExceeded(String message) {
    super(message, null, false, false);
  }
}
