package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.UplinkFrame;
import java.util.List;

/**
 * Where copies of uplinks are gathered while their window is open. Implementations must make
 * {@link #add} atomic: of all the callers that add copies under one key, on any thread and (for
 * a shared store) on any instance, exactly one is told it opened the window.
 *
 * <p>A key that is never forgotten (its instance stopped before the window ended) must not stay
 * forever: shared stores expire keys some time after they were created.
 *
 * <p>Threading: every method may be called from any thread.
 */
public interface DeduplicationStore {

  /**
   * Adds a copy.
   *
   * @param key the uplink's key
   * @param frame this copy
   * @return true when this copy opened the window: the caller must then {@link #close} it when
   *     the window ends; false when it joined an open window or arrived after it closed
   */
  boolean add(DeduplicationKey key, UplinkFrame frame);

  /**
   * Closes the window: returns the copies gathered, in arrival order, and from now on ignores
   * copies added under this key until it is forgotten.
   */
  List<UplinkFrame> close(DeduplicationKey key);

  /** Forgets a closed key, so that the store does not grow; later copies open a new window. */
  void forget(DeduplicationKey key);
}
