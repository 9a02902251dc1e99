/**
 * Every error the API answers, in grpc-gateway v1's body ({@code error}, {@code code}, {@code
 * message}, {@code details}) with the HTTP status of its gRPC code: one exception mapper per
 * family of exceptions, all deciding through {@link io.longwave.api.error.ErrorClassifier}.
 */
package io.longwave.api.error;
