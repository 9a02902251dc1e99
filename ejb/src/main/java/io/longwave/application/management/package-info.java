/**
 * Management services behind the REST API and the console: each call takes the caller's {@link
 * io.longwave.application.auth.AccessPolicy}, checks it before reading or changing anything, and
 * refuses bad requests with {@link io.longwave.application.error.ApiException}. One transaction
 * per call.
 */
package io.longwave.application.management;
