/**
 * The management console (Jakarta Faces with PrimeFaces): sign-in and the signed-in caller kept
 * in the HTTP session, the organization switcher, the dashboard, the lists of gateways,
 * applications and devices, and the device page with its queue, downlink form and frame log.
 * Backing beans are named by use case and call the same management services as the REST API,
 * with the caller's {@link io.longwave.application.auth.AccessPolicy}; the services refuse what
 * the caller may not do, and the pages hide the controls the caller's role does not allow.
 */
package io.longwave.console;
