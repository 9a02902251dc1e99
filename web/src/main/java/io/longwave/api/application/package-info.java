/** ChirpStack v3 {@code ApplicationService} over REST: {@code /api/applications}. */
package io.longwave.api.application;
