/**
 * LoRaWAN cryptography for 1.0.x and 1.1 (LoRaWAN 1.0.4 §4.3.3, §4.4, §6.2; LoRaWAN 1.1 §4.3.1.6,
 * §4.3.3, §4.4, §6.1.1.3, §6.2 and the LoRaWAN 1.1 errata): AES-CMAC message integrity codes for
 * join-request, rejoin-request, join-accept and data frames, join-accept encryption, FRMPayload and
 * FOpts encryption, and session-key derivation. It works on byte arrays (with offset and length, so
 * frames need not be copied) and the value types of {@code io.longwave.lorawan}, not on a frame
 * model. A key is prepared once as an {@link io.longwave.lorawan.crypto.AesKeyContext} and reused;
 * a MIC is an {@code int} holding the four MIC bytes in on-air order (first byte most significant),
 * so computing and checking one allocates nothing. Bad lengths, offsets and field ranges throw
 * {@link io.longwave.lorawan.LorawanFormatException}; a {@code null} key or value object is a
 * programming error and throws {@link java.lang.NullPointerException}.
 */
package io.longwave.lorawan.crypto;
