/**
 * Multicast groups (ChirpStack v3 {@code multicast_group}, LoRaWAN Remote Multicast Setup
 * TS005): a group address and session keys shared by member devices, a Class B or C downlink
 * setting, and a FIFO queue of frames planned per gateway. Repositories are interfaces; the JPA
 * implementations are in {@code infrastructure.persistence}.
 */
package io.longwave.domain.multicast;
