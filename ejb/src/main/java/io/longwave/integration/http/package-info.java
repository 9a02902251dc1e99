/**
 * ChirpStack v3's HTTP integration: events POSTed to per-event URLs or to an event endpoint with
 * {@code ?event=<type>}, one outbox target per application and URL.
 */
package io.longwave.integration.http;
