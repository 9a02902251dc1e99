/**
 * The uplink path of the network server after the gateway bridge: receptions of one uplink by
 * several gateways are grouped into one {@link io.longwave.uplink.UplinkFrameSet}, which the later
 * stages (join, data, proprietary) handle once.
 */
package io.longwave.uplink;
