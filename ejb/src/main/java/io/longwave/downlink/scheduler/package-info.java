/**
 * Downlinks that answer no uplink (ChirpStack {@code downlink/scheduler.rs}): a scheduler per
 * class that runs every second, finds the Class B or Class C devices with queue items, leaves out
 * the ones whose Class A receive windows may be in use or that were sent to a moment ago, times
 * out confirmed downlinks that got no acknowledgement, and has the others' next item sent, at
 * once (Class C) or in the next ping slot (Class B).
 */
package io.longwave.downlink.scheduler;
