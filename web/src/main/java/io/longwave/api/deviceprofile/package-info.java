/** ChirpStack v3 {@code DeviceProfileService} over REST: {@code /api/device-profiles}. */
package io.longwave.api.deviceprofile;
