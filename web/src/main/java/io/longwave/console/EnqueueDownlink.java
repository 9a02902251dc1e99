package io.longwave.console;

import io.longwave.application.management.DeviceQueues;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The device page's downlink form: FPort, payload (hex) and confirmed, enqueued through {@link
 * DeviceQueues} and so through the application side's {@code ApplicationDownlinks} port, which
 * checks the FPort and the size for the device's data rate. A refusal shows as a message.
 */
@Named
@RequestScoped
public class EnqueueDownlink {

  @Inject private ConsoleCaller caller;
  @Inject private DeviceQueues queues;
  @Inject private DeviceDetails details;

  private Integer fPort = 1;
  private byte[] payload = new byte[0];
  private boolean confirmed;

  /** Enqueues the downlink and reads the queue again. */
  public void enqueue() {
    if (details.eui() == null) {
      ConsoleMessages.error("No device to send to.");
      return;
    }
    if (fPort == null) {
      ConsoleMessages.error("FPort is required.");
      return;
    }
    Long fCnt = ConsoleMessages.attempt(() -> queues.enqueue(caller.policy(), details.eui(),
        confirmed, fPort, payload, null), null);
    if (fCnt != null) {
      ConsoleMessages.info("Downlink enqueued on FPort " + fPort + "; it is sent with FCnt "
          + fCnt + " unless another downlink goes first.");
      details.refresh();
    }
  }

  public Integer getFPort() {
    return fPort;
  }

  public void setFPort(Integer fPort) {
    this.fPort = fPort;
  }

  public byte[] getPayload() {
    return payload;
  }

  public void setPayload(byte[] payload) {
    this.payload = payload == null ? new byte[0] : payload;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
