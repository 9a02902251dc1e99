/** Per-application integrations under {@code /api/applications/{id}/integrations}. */
package io.longwave.api.integration;
