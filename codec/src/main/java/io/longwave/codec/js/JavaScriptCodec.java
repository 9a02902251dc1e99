package io.longwave.codec.js;

import io.longwave.codec.CodecException;
import io.longwave.codec.DecodedUplink;
import io.longwave.codec.PayloadCodec;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.json.JsonParser;

/**
 * A device profile's custom JavaScript codec (ChirpStack {@code CUSTOM_JS}). The signature is
 * detected from what the script defines: {@code decodeUplink}/{@code encodeDownlink} (ChirpStack
 * v4: {@code input} is {@code {bytes, fPort, variables}} or {@code {data, fPort, variables}}, the
 * result {@code {data|bytes, errors, warnings}}) win over {@code Decode}/{@code Encode}
 * (ChirpStack v3: positional arguments, the result is the object or the byte array).
 *
 * <p>Values cross the sandbox boundary as JSON only, so no Java object is ever visible to a
 * script. Thread-safe; see {@link JavaScriptEngine} for the limits.
 */
public final class JavaScriptCodec implements PayloadCodec {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final BigDecimal BYTE_MAX = BigDecimal.valueOf(255);

  private final JavaScriptEngine engine;
  private final String owner;
  private final String decoderScript;
  private final String encoderScript;

  JavaScriptCodec(JavaScriptEngine engine, String owner, String decoderScript,
      String encoderScript) {
    this.engine = engine;
    this.owner = owner == null ? "" : owner;
    this.decoderScript = decoderScript == null ? "" : decoderScript;
    this.encoderScript =
        encoderScript == null || encoderScript.isBlank() ? this.decoderScript : encoderScript;
  }

  @Override
  public DecodedUplink decodeUplink(int fPort, byte[] bytes, Map<String, String> variables)
      throws CodecException {
    if (decoderScript.isBlank()) {
      throw new CodecException("the device profile has no decoder script");
    }
    return engine.run(owner, decoderScript, (cx, scope) -> {
      ScriptSignature signature = signature(scope, true);
      Function fn = function(scope, signature.decodeFunction());
      Scriptable jsBytes = bytesToJs(cx, scope, bytes);
      Scriptable jsVariables = variablesToJs(cx, scope, variables);
      if (signature == ScriptSignature.V4) {
        Scriptable input = cx.newObject(scope);
        ScriptableObject.putProperty(input, "bytes", jsBytes);
        ScriptableObject.putProperty(input, "fPort", fPort);
        ScriptableObject.putProperty(input, "variables", jsVariables);
        JsonObject result = resultObject(cx, scope, fn.call(cx, scope, scope,
            new Object[] {input}), "decodeUplink");
        failOnErrors(result, "decodeUplink");
        JsonValue data = result.get("data");
        if (!(data instanceof JsonObject object)) {
          throw new CodecException("decodeUplink must return {data: {...}}, got " + result);
        }
        return new DecodedUplink(object, strings(result.get("warnings")));
      }
      Object out = fn.call(cx, scope, scope, new Object[] {fPort, jsBytes, jsVariables});
      return DecodedUplink.of(resultObject(cx, scope, out, "Decode"));
    });
  }

  @Override
  public byte[] encodeDownlink(int fPort, JsonObject object, Map<String, String> variables)
      throws CodecException {
    if (encoderScript.isBlank()) {
      throw new CodecException("the device profile has no encoder script");
    }
    return engine.run(owner, encoderScript, (cx, scope) -> {
      ScriptSignature signature = signature(scope, false);
      Function fn = function(scope, signature.encodeFunction());
      Object jsObject = objectToJs(cx, scope, object);
      Scriptable jsVariables = variablesToJs(cx, scope, variables);
      if (signature == ScriptSignature.V4) {
        Scriptable input = cx.newObject(scope);
        ScriptableObject.putProperty(input, "data", jsObject);
        ScriptableObject.putProperty(input, "fPort", fPort);
        ScriptableObject.putProperty(input, "variables", jsVariables);
        JsonObject result = resultObject(cx, scope, fn.call(cx, scope, scope,
            new Object[] {input}), "encodeDownlink");
        failOnErrors(result, "encodeDownlink");
        return bytes(result.get("bytes"), "encodeDownlink's bytes");
      }
      Object out = fn.call(cx, scope, scope, new Object[] {fPort, jsObject, jsVariables});
      return bytes(toJson(cx, scope, out, "Encode"), "Encode's result");
    });
  }

  private static ScriptSignature signature(Scriptable scope, boolean decode)
      throws CodecException {
    for (ScriptSignature s : new ScriptSignature[] {ScriptSignature.V4, ScriptSignature.V3}) {
      String name = decode ? s.decodeFunction() : s.encodeFunction();
      if (ScriptableObject.getProperty(scope, name) instanceof Function) {
        return s;
      }
    }
    throw new CodecException(decode
        ? "the script defines neither decodeUplink(input) nor Decode(fPort, bytes, variables)"
        : "the script defines neither encodeDownlink(input) nor Encode(fPort, obj, variables)");
  }

  private static Function function(Scriptable scope, String name) {
    return (Function) ScriptableObject.getProperty(scope, name);
  }

  private static Scriptable bytesToJs(Context cx, Scriptable scope, byte[] bytes) {
    Object[] values = new Object[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      values[i] = bytes[i] & 0xff;
    }
    return cx.newArray(scope, values);
  }

  private static Object objectToJs(Context cx, Scriptable scope, JsonObject object)
      throws CodecException {
    try {
      return new JsonParser(cx, scope).parseValue(object.toString());
    } catch (JsonParser.ParseException e) {
      throw new CodecException("the object could not be handed to the script: " + e.getMessage());
    }
  }

  private static Scriptable variablesToJs(Context cx, Scriptable scope,
      Map<String, String> variables) {
    Scriptable vars = cx.newObject(scope);
    if (variables != null) {
      variables.forEach((k, v) -> ScriptableObject.putProperty(vars, k, v));
    }
    return vars;
  }

  /** A script value as JSON, bounded by the output limit. */
  private JsonValue toJson(Context cx, Scriptable scope, Object value, String function)
      throws CodecException {
    Object text = NativeJSON.stringify(cx, scope, value, null, null);
    if (!(text instanceof CharSequence json)) {
      throw new CodecException(function + " returned nothing");
    }
    int max = engine.limits().maxOutputChars();
    if (json.length() > max) {
      throw new CodecException(
          function + " returned " + json.length() + " characters of JSON, more than " + max);
    }
    try {
      return JSON.createReader(new StringReader(json.toString())).readValue();
    } catch (JsonParsingException e) {
      throw new CodecException(function + " returned a value that is not JSON: " + e.getMessage());
    }
  }

  private JsonObject resultObject(Context cx, Scriptable scope, Object value, String function)
      throws CodecException {
    JsonValue json = toJson(cx, scope, value, function);
    if (json instanceof JsonObject object) {
      return object;
    }
    throw new CodecException(
        function + " must return an object, got " + json.getValueType().name().toLowerCase(
            Locale.ROOT));
  }

  private static void failOnErrors(JsonObject result, String function) throws CodecException {
    List<String> errors = strings(result.get("errors"));
    if (!errors.isEmpty()) {
      throw new CodecException(function + " reported: " + String.join("; ", errors));
    }
  }

  private static List<String> strings(JsonValue value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue v : array) {
        out.add(v instanceof JsonString s ? s.getString() : v.toString());
      }
    }
    return out;
  }

  private static byte[] bytes(JsonValue value, String what) throws CodecException {
    if (!(value instanceof JsonArray array)) {
      throw new CodecException(what + " must be an array of bytes, got " + value);
    }
    byte[] out = new byte[array.size()];
    for (int i = 0; i < out.length; i++) {
      JsonValue v = array.get(i);
      if (!(v instanceof JsonNumber n) || !n.isIntegral()
          || n.bigDecimalValue().signum() < 0 || n.bigDecimalValue().compareTo(BYTE_MAX) > 0) {
        throw new CodecException(what + "[" + i + "] is " + v + ", not a byte 0..255");
      }
      out[i] = (byte) n.intValue();
    }
    return out;
  }
}
