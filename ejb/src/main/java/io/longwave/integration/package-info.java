/**
 * The seam between the application side and the integrations: the events the integrations
 * deliver ({@link io.longwave.integration.IntegrationEvent}, through {@link
 * io.longwave.integration.IntegrationPublisher}) and the downlinks they accept ({@link
 * io.longwave.integration.ApplicationDownlinks}).
 */
package io.longwave.integration;
