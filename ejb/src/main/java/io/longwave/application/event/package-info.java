/**
 * Events the network server hands to the application side (ChirpStack's integration events:
 * up, join, ack, txack, status, error, location), as values.
 */
package io.longwave.application.event;
