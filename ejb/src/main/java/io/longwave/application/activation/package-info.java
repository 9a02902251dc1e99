/**
 * Activation by personalisation and the other activation use cases of the API (LoRaWAN 1.0.4
 * §6.1.1, LoRaWAN 1.1 §6.1.2; ChirpStack's {@code Activate}, {@code Deactivate} and {@code
 * FlushDevNonces} of the device service): a device of an ABP profile is given a session with the
 * keys, address and counters the caller provides and the profile's receive-window settings; a
 * device's session can be removed and its used DevNonces forgotten.
 */
package io.longwave.application.activation;
