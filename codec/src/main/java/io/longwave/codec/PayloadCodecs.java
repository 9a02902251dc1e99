package io.longwave.codec;

import io.longwave.codec.cayenne.CayenneLpp;
import io.longwave.codec.js.JavaScriptEngine;
import java.util.Objects;
import java.util.Optional;

/**
 * The codecs of device profiles: Cayenne LPP (one shared instance) and custom JavaScript on one
 * shared sandboxed engine, whose compiled scripts are cached per profile and script. Thread-safe.
 */
public final class PayloadCodecs {

  private final CayenneLpp cayenneLpp = new CayenneLpp();
  private final JavaScriptEngine javaScript;

  public PayloadCodecs(JavaScriptEngine javaScript) {
    this.javaScript = Objects.requireNonNull(javaScript, "javaScript");
  }

  /**
   * The codec a profile selects, or empty when it selects none.
   *
   * @param profileId the profile, keying the compiled-script cache
   */
  public Optional<PayloadCodec> forProfile(PayloadCodecType type, String profileId,
      String decoderScript, String encoderScript) {
    return switch (type) {
      case NONE -> Optional.empty();
      case CAYENNE_LPP -> Optional.of(cayenneLpp);
      case CUSTOM_JS -> Optional.of(javaScript.codec(profileId, decoderScript, encoderScript));
    };
  }

  public JavaScriptEngine javaScript() {
    return javaScript;
  }
}
