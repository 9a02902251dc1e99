/**
 * The application-side MQTT link of the adapter (ChirpStack v3's global MQTT integration): one
 * broker connection that publishes integration events and hands the downlink commands it
 * receives to message-driven beans.
 */
package io.longwave.connector.integration;
