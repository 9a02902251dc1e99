/**
 * The world of the Class C scenarios: the downlink scenarios' in-memory edges with a Class C
 * session, the Class C scheduler and downlink flow wired to them, and TX acknowledgements.
 */
package io.longwave.scenario.classc;
