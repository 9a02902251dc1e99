/**
 * Application payload codecs, as a device profile selects them (ChirpStack's {@code
 * payloadCodec}: none, {@code CAYENNE_LPP}, {@code CUSTOM_JS}): a {@link
 * io.longwave.codec.PayloadCodec} turns an uplink's decrypted FRMPayload into a JSON object and a
 * downlink's object into bytes. Pure: no container, no I/O; every failure is a {@link
 * io.longwave.codec.CodecException} with a message for people.
 */
package io.longwave.codec;
