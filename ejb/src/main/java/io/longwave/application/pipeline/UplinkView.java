package io.longwave.application.pipeline;

import io.longwave.application.event.DataUplinkEvent;
import jakarta.json.JsonObject;

/**
 * A data uplink as the application sees it: the event's metadata, the decrypted FRMPayload and,
 * when the codec succeeded, the decoded object.
 *
 * @param event the uplink as the network server reported it
 * @param data the plain FRMPayload (empty when the frame had none)
 * @param object the decoded object, or null (no codec, or the codec failed)
 */
record UplinkView(DataUplinkEvent event, byte[] data, JsonObject object) {}
