/**
 * Simulated LoRaWAN end-devices: their provisioning ({@code DeviceConfig}, read from and written
 * to a CSV devices file), the over-the-air activation of LoRaWAN 1.0.x and 1.1 (join-request,
 * join-accept decryption and MIC check, session-key derivation), activation by personalization,
 * and the data exchange of a {@code DeviceSession}: encrypted and signed uplinks with FCntUp, and
 * downlinks verified and decrypted with FCntDown (NFCntDown/AFCntDown in 1.1), ACKs recognised
 * and simple MAC requests answered.
 */
package io.longwave.simulator.device;
