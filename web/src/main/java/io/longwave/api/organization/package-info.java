/** Organizations and their members under {@code /api/organizations}. */
package io.longwave.api.organization;
