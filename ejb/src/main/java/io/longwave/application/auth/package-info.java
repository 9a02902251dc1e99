/**
 * Authentication for the API and the console: password login, ChirpStack-compatible JWTs for
 * users and API keys, and the {@link io.longwave.application.auth.Caller} they stand for.
 */
package io.longwave.application.auth;
