/**
 * The application side of the data path: the network server's events (observed asynchronously)
 * become integration events. An uplink is decrypted with its AppSKey and decoded with the device
 * profile's codec; every event gets the device's application, names and tags, and is rendered in
 * ChirpStack v3's two JSON encodings ({@code json_v3} and {@code json}, protobuf JSON) before it is
 * handed to the integrations and to the live event streams.
 */
package io.longwave.application.pipeline;
