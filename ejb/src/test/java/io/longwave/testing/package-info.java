/**
 * Test doubles at the network server's edges: in-memory repositories that behave like the
 * database ones (version checks included), and recording gateway and application ports.
 */
package io.longwave.testing;
