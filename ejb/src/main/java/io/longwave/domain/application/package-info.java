/**
 * Applications: an organization's devices grouped by use case, with the service profile they are
 * served under (ChirpStack v3's application-server domain).
 */
package io.longwave.domain.application;
