package io.longwave.integration;

/**
 * The port through which integrations and the API enqueue downlinks: it checks the request
 * (device in the application, FPort 1..223, payload size for the device's data rate), encodes an
 * object with the device profile's codec, and puts the item on the device queue.
 */
public interface ApplicationDownlinks {

  /**
   * Enqueues a downlink.
   *
   * @return the downlink frame counter the item was given
   * @throws InvalidDownlinkException when the request cannot be honoured, with the reason
   */
  long enqueue(DownlinkCommand command) throws InvalidDownlinkException;
}
