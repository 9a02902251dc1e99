/** The network server's settings: NetID, timings and defaults that shape its behaviour. */
package io.longwave.network;
