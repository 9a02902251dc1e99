/**
 * Management services behind the REST API and the console: each call takes the caller's {@link
 * io.longwave.application.auth.AccessPolicy}, checks it before reading or changing anything, and
 * refuses bad requests with {@link io.longwave.application.error.ApiException}. One transaction
 * per call. Applications, device profiles, devices, keys, activation and queues follow ChirpStack
 * v3's checks (organization device limits, profiles of the application's organization, unique
 * DevEUIs, profiles in use) and the rules of {@link
 * io.longwave.application.management.ManagementAccess}.
 */
package io.longwave.application.management;
