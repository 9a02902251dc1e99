package io.longwave.integration.outbox;

/** What the outbox reports as it works (metrics); called on the worker threads. */
public interface OutboxListener {

  /** An event reached its target. */
  void sent(String targetId);

  /** An attempt failed; the event waits. */
  void failed(String targetId);

  /** Events were removed without delivery (retention, or their target no longer exists). */
  void dropped(String targetId, int count);

  /** Does nothing. */
  OutboxListener NONE =
      new OutboxListener() {
        @Override
        public void sent(String targetId) {}

        @Override
        public void failed(String targetId) {}

        @Override
        public void dropped(String targetId, int count) {}
      };
}
