package io.longwave.codec.js;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.mozilla.javascript.Script;

/**
 * Compiled scripts by profile and SHA-256 of the source, so that a profile's script is compiled
 * once however many devices and threads use it, and an edited script is compiled again. Bounded:
 * past {@code capacity} entries an arbitrary one is dropped. Thread-safe.
 */
final class CompiledScripts {

  private final int capacity;
  private final Map<String, Script> scripts = new ConcurrentHashMap<>();

  CompiledScripts(int capacity) {
    this.capacity = capacity;
  }

  /** The compiled script for the key, compiling it (once) when absent. */
  Script get(String owner, String source, Supplier<Script> compile) {
    String key = owner + "/" + sha256(source);
    Script script = scripts.get(key);
    if (script != null) {
      return script;
    }
    script = compile.get();
    Script raced = scripts.putIfAbsent(key, script);
    if (raced != null) {
      return raced;
    }
    trim();
    return script;
  }

  int size() {
    return scripts.size();
  }

  private void trim() {
    Iterator<String> keys = scripts.keySet().iterator();
    while (scripts.size() > capacity && keys.hasNext()) {
      keys.next();
      keys.remove();
    }
  }

  static String sha256(String source) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
