/**
 * Device sessions: what the network server holds about an activated device (address, session
 * keys, frame counters, radio and MAC state), and the repository port that stores them with an
 * optimistic version, so that two concurrent updates of one session give one result.
 */
package io.longwave.session;
