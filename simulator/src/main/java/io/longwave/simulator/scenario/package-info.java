/**
 * A simulation run: {@code ScenarioConfig} says how many gateways and which devices, how many
 * gateways hear each device ({@code Coverage}), how often devices send and for how long;
 * {@code Scenario} starts the gateways, joins and drives the devices on a scheduler, routes each
 * PULL_RESP to its device ({@code DeviceDirectory}) and records latencies and counters into a
 * {@code SimulationSummary}.
 */
package io.longwave.simulator.scenario;
