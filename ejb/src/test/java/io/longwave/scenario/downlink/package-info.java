/**
 * Given-builders and frame openers for the downlink scenario tests: a device with a session and
 * in-memory edges, uplinks built with the LoRaWAN library, and downlinks opened as the device
 * would open them.
 */
package io.longwave.scenario.downlink;
