/** Gateways under {@code /api/gateways}: CRUD, statistics per interval, last ping. */
package io.longwave.api.gateway;
