/**
 * End-devices as the network server knows them: the device and its root keys, the device
 * profile that says what it supports (LoRaWAN version, region, classes, receive windows), the
 * DevNonces it has used, and its downlink queue; with the repository ports that store them.
 */
package io.longwave.domain.device;
