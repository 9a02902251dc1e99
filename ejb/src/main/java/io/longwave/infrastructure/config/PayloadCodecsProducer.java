package io.longwave.infrastructure.config;

import io.longwave.codec.PayloadCodecs;
import io.longwave.codec.js.JavaScriptEngine;
import io.longwave.codec.js.ScriptLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one set of payload codecs, with the JavaScript time limit {@code
 * longwave.codec.js.timeout} (default {@code 100ms}, ChirpStack's {@code max_execution_time}),
 * instruction budget {@code longwave.codec.js.max-instructions} and allocation budget {@code
 * longwave.codec.js.max-allocated-bytes}.
 */
@ApplicationScoped
public class PayloadCodecsProducer {

  @Inject
  @ConfigProperty(name = "longwave.codec.js.timeout", defaultValue = "100ms")
  private String timeout;

  @Inject
  @ConfigProperty(name = "longwave.codec.js.max-instructions", defaultValue = "10000000")
  private long maxInstructions;

  @Inject
  @ConfigProperty(name = "longwave.codec.js.max-allocated-bytes", defaultValue = "67108864")
  private long maxAllocatedBytes;

  @Produces
  @Singleton
  PayloadCodecs payloadCodecs() {
    ScriptLimits d = ScriptLimits.DEFAULT;
    ScriptLimits limits =
        new ScriptLimits(
            Durations.parse("longwave.codec.js.timeout", timeout),
            maxInstructions,
            maxAllocatedBytes,
            d.maxScriptChars(),
            d.maxOutputChars(),
            d.maxStackDepth());
    return new PayloadCodecs(new JavaScriptEngine(limits));
  }
}
