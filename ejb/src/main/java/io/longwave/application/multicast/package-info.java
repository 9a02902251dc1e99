/**
 * The multicast-group use cases of the API and console (ChirpStack v3 {@code
 * MulticastGroupService}): groups, their member devices and their downlink queue.
 */
package io.longwave.application.multicast;
