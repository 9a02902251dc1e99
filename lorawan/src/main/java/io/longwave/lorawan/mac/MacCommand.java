package io.longwave.lorawan.mac;

/**
 * One MAC command: a CID octet followed by a command-specific payload. LoRaWAN 1.1 §5 (and 1.0.4
 * §5). Either a command the specifications define ({@link StandardMacCommand}), a proprietary
 * command with CID 0x80 to 0xFF ({@link Proprietary}), or the undecodable rest of a buffer that
 * starts with a CID this library does not know ({@link Unknown}). Implementations are immutable.
 */
public sealed interface MacCommand permits StandardMacCommand, Proprietary, Unknown {

  /** The CID octet, 0 to 255. */
  int cid();

  /** The number of payload octets after the CID. */
  int payloadLength();
}
