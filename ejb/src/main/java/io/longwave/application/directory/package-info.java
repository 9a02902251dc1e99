/**
 * What the application side reads about a device: its application, names, tags and variables,
 * and its profile's payload codec. A read model over the management tables, cached briefly, so
 * that the uplink path does not query them for every frame.
 */
package io.longwave.application.directory;
