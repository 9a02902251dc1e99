/**
 * What a simulation measures: the latency from the first PUSH_DATA of an uplink to the PULL_RESP
 * that answers it, in a log-linear histogram, and event counters (uplinks, joins, downlinks, ACKs,
 * acknowledgements of the UDP protocol, MIC and decryption failures). Everything here is
 * thread-safe and lock-free, as gateways and devices record from several threads.
 */
package io.longwave.simulator.metrics;
