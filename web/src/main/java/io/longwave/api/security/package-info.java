/**
 * Authentication of API requests: the bearer token of a header (or of a WebSocket subprotocol)
 * becomes the request's {@link io.longwave.api.security.CurrentCaller}, whose access policy the
 * resources pass on to the services.
 */
package io.longwave.api.security;
