package io.longwave.codec.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.codec.CodecException;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The sandbox: no host access, limits that stop runaway scripts, no state between calls. */
class ScriptSandboxTest {

  private static final byte[] BYTES = {1, 2, 3};

  private static String failure(JavaScriptEngine engine, String decodeBody) {
    return assertThrows(CodecException.class,
        () -> engine.codec("p", "function Decode(fPort, bytes, variables) {" + decodeBody + "}", "")
            .decodeUplink(1, BYTES, Map.of())).getMessage();
  }

  private static JsonObject decode(JavaScriptEngine engine, String script) throws Exception {
    return engine.codec("p", script, "").decodeUplink(1, BYTES, Map.of()).object();
  }

  @Test
  void an_endless_loop_is_stopped_at_the_time_limit() {
    JavaScriptEngine engine = new JavaScriptEngine(
        ScriptLimits.DEFAULT.withTimeout(Duration.ofMillis(100)));
    String message = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> failure(engine, "while (true) {}"));
    assertTrue(message.contains("stopped after"), message);
  }

  @Test
  void a_loop_at_top_level_is_stopped_too() {
    JavaScriptEngine engine = new JavaScriptEngine();
    CodecException e = assertThrows(CodecException.class,
        () -> decode(engine, "for (;;) {} function Decode() { return {}; }"));
    assertTrue(e.getMessage().contains("stopped after"), e.getMessage());
  }

  @Test
  void a_script_cannot_catch_the_stop() {
    JavaScriptEngine engine = new JavaScriptEngine();
    String message = failure(engine,
        "for (;;) { try { while (true) {} } catch (e) {} finally { } } return {};");
    assertTrue(message.contains("stopped after"), message);
  }

  @Test
  void the_instruction_budget_stops_a_busy_script() {
    JavaScriptEngine engine = new JavaScriptEngine(new ScriptLimits(Duration.ofSeconds(30),
        100_000, 64L << 20, 100_000, 65_536, 200));
    String message = failure(engine, "var n = 0; for (var i = 0; i < 1e9; i++) { n += i; }");
    assertTrue(message.contains("after 100000 instructions"), message);
  }

  @Test
  void the_allocation_budget_stops_a_greedy_script() {
    JavaScriptEngine engine = new JavaScriptEngine(new ScriptLimits(Duration.ofSeconds(30),
        1_000_000_000, 8L << 20, 100_000, 65_536, 200));
    String message = failure(engine,
        "var keep = []; while (true) { keep.push(new Array(1000).join('x') + keep.length); }");
    assertTrue(message.contains("allocating more than 8 MiB"), message);
  }

  @Test
  void deep_recursion_is_stopped() {
    String message = failure(new JavaScriptEngine(), "function f(n) { return f(n + 1); } f(0);");
    assertTrue(message.contains("recursed too deeply") || message.contains("stack"), message);
  }

  @Test
  void large_results_are_refused() {
    String message = failure(new JavaScriptEngine(),
        "return {s: 'x'.repeat(70000)};");
    assertTrue(message.contains("more than 65536"), message);
  }

  @Test
  void java_classes_are_out_of_reach() throws Exception {
    JavaScriptEngine engine = new JavaScriptEngine();
    JsonObject out = decode(engine, "function Decode() { return {"
        + " packages: typeof Packages, java: typeof java, javaImporter: typeof JavaImporter,"
        + " load: typeof load, print: typeof print, require: typeof require}; }");
    for (String name : out.keySet()) {
      assertEquals("undefined", out.getString(name), name);
    }
    String message = failure(engine, "return {c: bytes.getClass().getName()};");
    assertTrue(message.contains("TypeError") || message.contains("not a function"), message);
    message = failure(engine,
        "return {x: Object.getPrototypeOf(function(){}).constructor('return java')()};");
    assertTrue(message.contains("java"), message);
  }

  @Test
  void built_ins_are_sealed_and_no_state_survives_a_call() throws Exception {
    JavaScriptEngine engine = new JavaScriptEngine();
    String message = failure(engine, "Array.prototype.evil = 1; return {};");
    assertTrue(message.contains("sealed"), message);
    message = failure(engine, "globalThis.seen = 1; return {};");
    assertTrue(message.contains("sealed"), message);
    String counter = "var calls = (typeof calls === 'undefined') ? 1 : calls + 1;"
        + " function Decode() { return {calls: calls}; }";
    for (int i = 0; i < 3; i++) {
      assertEquals(1, decode(engine, counter).getInt("calls"));
    }
  }

  @Test
  void scripts_are_compiled_once_per_profile_and_source() throws Exception {
    JavaScriptEngine engine = new JavaScriptEngine();
    String v1 = "function Decode() { return {v: 1}; }";
    for (int i = 0; i < 5; i++) {
      engine.codec("profile-a", v1, "").decodeUplink(1, BYTES, Map.of());
    }
    assertEquals(1, engine.compiledScripts());
    engine.codec("profile-a", "function Decode() { return {v: 2}; }", "")
        .decodeUplink(1, BYTES, Map.of());
    engine.codec("profile-b", v1, "").decodeUplink(1, BYTES, Map.of());
    assertEquals(3, engine.compiledScripts());
  }

  @Test
  void one_codec_is_safe_under_concurrent_use() throws Exception {
    JavaScriptEngine engine = new JavaScriptEngine(
        ScriptLimits.DEFAULT.withTimeout(Duration.ofSeconds(5)));
    JavaScriptCodec codec = engine.codec("p",
        "var state = []; function Decode(fPort, bytes, variables) { state.push(fPort);"
            + " return {fPort: fPort, sum: bytes.reduce((a, b) => a + b, 0),"
            + " id: variables.id, pushed: state.length}; }", "");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<JsonObject>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        results.add(pool.submit(() -> codec.decodeUplink(1 + n % 200, new byte[] {(byte) n, 1},
            Map.of("id", "d" + n)).object()));
      }
      for (int i = 0; i < results.size(); i++) {
        JsonObject out = results.get(i).get();
        assertEquals(1 + i % 200, out.getInt("fPort"));
        assertEquals((i & 0xff) + 1, out.getInt("sum"));
        assertEquals("d" + i, out.getString("id"));
        assertEquals(1, out.getInt("pushed"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oversized_scripts_are_refused() {
    JavaScriptEngine engine = new JavaScriptEngine();
    String big = "function Decode() { return {}; }" + " ".repeat(100_001);
    CodecException e = assertThrows(CodecException.class,
        () -> engine.codec("p", big, "").decodeUplink(1, BYTES, Map.of()));
    assertTrue(e.getMessage().contains("more than the 100000 allowed"), e.getMessage());
  }
}
