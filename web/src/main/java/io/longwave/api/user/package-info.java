/** Users under {@code /api/users}. */
package io.longwave.api.user;
