/**
 * The MQTT gateway backend: gateways behind a ChirpStack gateway bridge (v3 or v4) or an MQTT
 * forwarder, reached through a broker with Eclipse Paho.
 */
package io.longwave.connector.mqtt;
