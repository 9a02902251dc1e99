/**
 * Uplink de-duplication. The first copy of an uplink opens a collection window (200 ms by
 * default); copies with the same PHYPayload and tx-info that arrive within it, on any thread or
 * any Longwave instance sharing the store, join it; when it closes, one frame set with every
 * reception is handed on. Copies that arrive after the window closed are ignored until the key
 * is forgotten, one more window later. The store is an edge: {@code InMemoryDeduplicationStore}
 * for one instance, {@code GridDeduplicationStore} over the JCache of Payara's data grid for
 * several.
 */
package io.longwave.uplink.dedup;
