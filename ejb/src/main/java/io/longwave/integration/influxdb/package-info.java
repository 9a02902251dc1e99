/**
 * ChirpStack v3's InfluxDB integration: the points of uplinks and device status written in the
 * line protocol to InfluxDB 1.x or 2.x, one target per application.
 */
package io.longwave.integration.influxdb;
