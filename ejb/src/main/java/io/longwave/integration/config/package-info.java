/**
 * The integrations an application configures for itself (HTTP, InfluxDB): their kinds and
 * stored configurations, read afresh for every event.
 */
package io.longwave.integration.config;
