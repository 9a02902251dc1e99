/**
 * Downlinks an application asks for (MQTT {@code command/down}, HTTP, the REST API): checked
 * against the device's application, encoded with the profile's codec, and put on the device queue.
 */
package io.longwave.application.downlink;
