/**
 * The LoRaWAN frame model and codec (LoRaWAN 1.0.4 §4, 1.1 §4): PHYPayload and its parts, and the
 * value types for EUIs, addresses, network ids and keys. Pure Java: no container, no I/O. Every
 * decoder reports bad input with {@link io.longwave.lorawan.LorawanFormatException} and nothing
 * else.
 */
package io.longwave.lorawan;
