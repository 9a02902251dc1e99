/**
 * The Semtech packet-forwarder UDP protocol, versions 1 and 2 (Semtech {@code PROTOCOL.TXT},
 * revision 1.3, and the HAL's {@code PROTOCOL.md}): one record per packet type with a symmetric
 * byte-exact {@code decode}/{@code encode}, and the JSON objects they carry. Decoding is strict:
 * anything malformed gives a {@link io.longwave.connector.udp.packet.UdpPacketException} with a
 * readable reason and nothing else.
 */
package io.longwave.connector.udp.packet;
