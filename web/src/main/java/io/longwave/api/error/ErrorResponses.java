package io.longwave.api.error;

import jakarta.ws.rs.core.Response;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** What every exception mapper answers: the classified error, logging internal ones. */
final class ErrorResponses {

  private static final Logger LOG = System.getLogger(ErrorResponses.class.getName());

  private ErrorResponses() {}

  static Response respond(Throwable thrown) {
    ApiError error = ErrorClassifier.classify(thrown);
    if (ErrorClassifier.isInternal(error)) {
      LOG.log(Level.WARNING, "API request failed", thrown);
    } else if (error.httpStatus() >= 500) {
      LOG.log(Level.WARNING, "API request failed: {0}", error.message());
    }
    return error.response();
  }
}
