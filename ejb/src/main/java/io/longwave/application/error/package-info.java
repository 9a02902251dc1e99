/**
 * The errors management services and the REST API report: {@link
 * io.longwave.application.error.ApiException} with a gRPC {@link
 * io.longwave.application.error.ErrorCode}, as ChirpStack v3's API does.
 */
package io.longwave.application.error;
