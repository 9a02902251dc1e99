/**
 * Entry from the gateway bridge: the message-driven bean receiving gateway events, the start of
 * the bridge with its configuration, and gateway presence (last seen, statistics, unregistered
 * traffic).
 */
package io.longwave.gateway;
