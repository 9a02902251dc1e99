/**
 * The management use cases behind the API and console: applications, device profiles, devices
 * and their keys, activation, with ChirpStack v3's checks (organization limits, profiles of the
 * application's organization, unique DevEUIs, profiles in use) and the authorization rules of
 * {@link io.longwave.application.management.ManagementAccess}.
 */
package io.longwave.application.management;
