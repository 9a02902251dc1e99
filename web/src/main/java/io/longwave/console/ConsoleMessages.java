package io.longwave.console;

import io.longwave.api.error.ApiError;
import io.longwave.api.error.ErrorClassifier;
import io.longwave.application.auth.AccessDeniedException;
import io.longwave.application.error.ApiException;
import io.longwave.lorawan.LorawanFormatException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;

/**
 * Turns the refusals of the management services into messages on the page: a service's {@link
 * ApiException} (not found, invalid argument, ...), an {@link AccessDeniedException}, a
 * malformed identifier, a value a domain type refuses ({@link IllegalArgumentException}, such
 * as a latitude out of range), or what the database refuses (a row still in use, a duplicate),
 * however the container wrapped it. They are recognised as the REST API recognises them
 * ({@link ErrorClassifier}), so the console and the API refuse alike. Anything else is a bug and
 * propagates.
 */
public final class ConsoleMessages {

  private ConsoleMessages() {}

  /** Runs {@code action}; a refusal becomes an error message and false. */
  public static boolean attempt(Runnable action) {
    return attempt(() -> {
      action.run();
      return Boolean.TRUE;
    }, Boolean.FALSE);
  }

  /** Returns what {@code action} returns; a refusal becomes an error message and {@code orElse}. */
  public static <T> T attempt(Supplier<T> action, T orElse) {
    try {
      return action.get();
    } catch (ApiException | AccessDeniedException | LorawanFormatException
        | IllegalArgumentException e) {
      error(e.getMessage());
      return orElse;
    } catch (RuntimeException e) {
      error(refusal(e).message());
      return orElse;
    }
  }

  /**
   * The refusal {@code thrown} stands for, searched through the exceptions that wrap it.
   *
   * @throws RuntimeException {@code thrown} itself when it is no refusal but a bug
   */
  public static ApiError refusal(RuntimeException thrown) {
    ApiError refusal = ErrorClassifier.classify(thrown);
    if (ErrorClassifier.isInternal(refusal)) {
      throw thrown;
    }
    return refusal;
  }

  /** Adds an error message for the whole page. */
  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Adds an information message that the page after a redirect shows. */
  public static void keep(String text) {
    info(text);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  /** Adds an information message for the whole page. */
  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
