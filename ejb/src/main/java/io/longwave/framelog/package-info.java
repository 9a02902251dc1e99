/**
 * The frame log and device state read model (ChirpStack's frame logs and v3 {@code [monitoring]}
 * per-device frames): every uplink and downlink frame the network server handled, kept as its
 * PHYPayload with rx/tx info in bounded newest-first histories per device and per gateway, with a
 * live subscription per device; and each device's last-seen time, radio and session counters for
 * the API and console.
 */
package io.longwave.framelog;
