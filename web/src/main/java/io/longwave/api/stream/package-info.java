/**
 * Live frame logs as ChirpStack v3 streams them: newline-delimited {@code {"result":{...}}} over
 * HTTP, and the same messages over a WebSocket opened with the {@code Bearer} subprotocol.
 */
package io.longwave.api.stream;
