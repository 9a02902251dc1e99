package io.longwave.application.integration;

import io.longwave.integration.config.IntegrationKind;
import io.longwave.integration.outbox.TargetBacklog;

/**
 * One delivery target of an application's integration and how it is doing.
 *
 * @param kind the integration it belongs to
 * @param destination where it delivers (the URL, or the InfluxDB write endpoint)
 * @param backlog its queue and recent results
 */
public record TargetState(IntegrationKind kind, String destination, TargetBacklog backlog) {}
