/**
 * The durable outbox between the application side and the integration targets: every event a
 * target takes is stored before {@code publish} returns, delivered per target strictly in order
 * by workers of their own, retried with exponential backoff while the target fails, bounded by
 * age and count, and shared safely by several instances on one database through per-target
 * leases.
 */
package io.longwave.integration.outbox;
