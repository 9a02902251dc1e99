/** Network servers under {@code /api/network-servers}: the built-in one and those scripts add. */
package io.longwave.api.networkserver;
