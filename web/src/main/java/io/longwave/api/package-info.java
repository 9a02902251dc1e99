/**
 * The REST API under {@code /api}, compatible with ChirpStack v3's application-server REST API
 * (grpc-gateway over its protobuf services), so that existing scripts work unchanged. Authors of
 * resources follow these conventions:
 *
 * <ul>
 *   <li><b>One package per aggregate</b> ({@code api.user}, {@code api.organization}, {@code
 *       api.gateway}, ...): a thin {@code *Resource} (parse, call a service with the caller's
 *       policy, shape the answer) and a {@code *Json} class that writes the aggregate's
 *       messages. Resources are {@code @ApplicationScoped} (one instance serves all requests,
 *       so they keep no request state in fields: parameters are method parameters, the caller
 *       comes from {@code security.CurrentCaller}), take and return {@code
 *       jakarta.json.JsonObject}, and carry {@code @Tag}/{@code @Operation} for {@code
 *       /openapi}.
 *   <li><b>Authentication</b> is done before the method runs by {@code
 *       security.AuthenticationFilter}; every method needs a token except those marked {@code
 *       @PublicEndpoint}. Inject {@code security.CurrentCaller} and pass {@code policy()} (an
 *       {@code AccessPolicy}) to the service, which checks it before reading or changing
 *       anything. Objects another organization owns answer 403 like ChirpStack, never their data.
 *   <li><b>Errors</b>: throw {@code io.longwave.application.error.ApiException} ({@code
 *       invalidArgument} 400, {@code unauthenticated} 401, {@code permissionDenied} 403, {@code
 *       notFound} 404, {@code alreadyExists} 409, {@code failedPrecondition} 400, {@code aborted}
 *       409); the mappers of {@code api.error} write {@code
 *       {"error":m,"code":n,"message":m,"details":[]}}. {@code AccessDeniedException} becomes
 *       403, duplicate keys in the database 409, malformed JSON 400; anything else is logged and
 *       answered 500 with code 13 and no details.
 *   <li><b>Requests</b>: read bodies with {@code json.RequestJson} (absent means default; int64
 *       as string or number; booleans also as strings; EUIs, DevAddrs and keys as hex checked by
 *       {@code Eui64}, {@code DevAddr}, {@code Aes128Key}; every bad value a 400 naming the field
 *       path such as {@code gateway.location.latitude}). Take path and query parameters as
 *       {@code String} and convert them with {@code json.Values} ({@code id}, {@code eui64},
 *       {@code uuid}, {@code optionalId}, {@code flag}), so that a bad id is a 400 with a message
 *       rather than JAX-RS's bare 404. Lists take {@code limit}/{@code offset} through {@code
 *       json.Paging} (absent or 0: 10; at most 1000).
 *   <li><b>Answers</b> with {@code json.ProtoJson}: camelCase names with v3's {@code json_name}s
 *       ({@code organizationID}, {@code applicationID}, {@code networkServerID}, {@code
 *       serviceProfileID}, {@code gatewayProfileID}, {@code devEUI}); int64 as strings ({@code
 *       "id":"7"}), int32 as numbers, timestamps RFC 3339 or null, durations {@code "3600s"},
 *       defaults written out. Get answers wrap the message ({@code {"organization":{...},
 *       "createdAt":...}}), lists are {@code {"totalCount":"N","result":[...]}}, creates answer
 *       {@code {"id":"..."}} (or {@code {}} where v3 does), updates and deletes {@code {}}; all
 *       with status 200 as grpc-gateway.
 * </ul>
 */
package io.longwave.api;
