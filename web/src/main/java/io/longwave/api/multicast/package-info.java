/**
 * ChirpStack v3 {@code MulticastGroupService} over REST: {@code /api/multicast-groups} with its
 * member devices and downlink queue.
 */
package io.longwave.api.multicast;
