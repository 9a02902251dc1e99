/** Service profiles and gateway profiles under {@code /api/service-profiles} and {@code /api/gateway-profiles}. */
package io.longwave.api.profile;
