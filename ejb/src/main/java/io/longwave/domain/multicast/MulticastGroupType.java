package io.longwave.domain.multicast;

/** How the members of a multicast group receive its downlinks (ChirpStack {@code group_type}). */
public enum MulticastGroupType {
  /** In the group's ping slots, at a GPS time (LoRaWAN 1.0.4 §13, Class B multicast). */
  CLASS_B,
  /** At once, on the group's frequency (Class C multicast). */
  CLASS_C
}
