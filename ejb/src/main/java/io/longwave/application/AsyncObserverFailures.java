package io.longwave.application;

import io.longwave.lorawan.Eui64;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Watches the completion of an asynchronous CDI event (Jakarta CDI 4.0 §10.5.2: a failing
 * {@code @ObservesAsync} observer does not stop the others, its exception completes the stage
 * exceptionally, the first one as the cause and the others suppressed). A failure that nobody
 * waits for would otherwise vanish: it is counted by event kind and logged with the kind, the
 * device and every observer's exception.
 */
final class AsyncObserverFailures {

  private static final Logger LOG = System.getLogger(AsyncObserverFailures.class.getName());

  private final Consumer<String> countFailure;

  /** @param countFailure counts one failed event of the given kind ({@code up}, {@code join}...) */
  AsyncObserverFailures(Consumer<String> countFailure) {
    this.countFailure = countFailure;
  }

  /** Counts and logs the failure of {@code stage}, if it fails. */
  <T> void watch(CompletionStage<T> stage, String kind, Eui64 devEui) {
    stage.whenComplete((event, failure) -> {
      if (failure != null) {
        failed(kind, devEui, failure);
      }
    });
  }

  void failed(String kind, Eui64 devEui, Throwable failure) {
    countFailure.accept(kind);
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause() : failure;
    LOG.log(Level.ERROR, describe(kind, devEui, cause), cause);
  }

  /** The log message of a failed event: its kind, its device and what each observer threw. */
  static String describe(String kind, Eui64 devEui, Throwable cause) {
    StringBuilder b = new StringBuilder("an application-side observer of the ")
        .append(kind).append(" event of device ").append(devEui).append(" failed: ")
        .append(cause);
    for (Throwable other : cause.getSuppressed()) {
      b.append("; also: ").append(other);
    }
    return b.toString();
  }
}
