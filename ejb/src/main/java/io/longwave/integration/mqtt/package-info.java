/**
 * The global MQTT integration (ChirpStack v3 {@code [application_server.integration.mqtt]}):
 * events published on {@code application/{id}/device/{devEUI}/event/{type}}, downlink commands
 * read from {@code application/{id}/device/{devEUI}/command/down}, through the gateway bridge
 * adapter's application-side MQTT link.
 */
package io.longwave.integration.mqtt;
