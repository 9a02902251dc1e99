/**
 * MAC-layer handling of the network server: the MAC commands of uplinks (FOpts or FPort 0) are
 * answered and applied to the device session, and the requests the network wants to make (ADR,
 * device status, radio settings) are added to downlinks, with the pending ones tracked.
 */
package io.longwave.mac;
