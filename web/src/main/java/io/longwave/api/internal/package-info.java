/** The console's own endpoints under {@code /api/internal}: login, profile, settings and more. */
package io.longwave.api.internal;
