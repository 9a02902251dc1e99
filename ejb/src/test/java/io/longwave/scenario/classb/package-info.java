/** The world of the Class B and multicast scenarios: a beacon-locked device and its gateways. */
package io.longwave.scenario.classb;
