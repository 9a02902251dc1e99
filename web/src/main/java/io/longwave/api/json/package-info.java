/**
 * JSON as ChirpStack v3's REST API speaks it (protobuf JSON through grpc-gateway): {@link
 * io.longwave.api.json.RequestJson} reads request bodies tolerantly and strictly at once,
 * {@link io.longwave.api.json.ProtoJson} writes answers, {@link io.longwave.api.json.Values}
 * converts path and query parameters, {@link io.longwave.api.json.Paging} bounds lists.
 */
package io.longwave.api.json;
