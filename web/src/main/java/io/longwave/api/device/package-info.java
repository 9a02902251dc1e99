/**
 * ChirpStack v3 {@code DeviceService} and {@code DeviceQueueService} over REST: {@code
 * /api/devices} with keys, activation, DevNonces, random addresses, queue, statistics and the
 * frame and event streams.
 */
package io.longwave.api.device;
