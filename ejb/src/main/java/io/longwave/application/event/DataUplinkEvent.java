package io.longwave.application.event;

import io.longwave.connector.api.frame.UplinkRxInfo;
import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A data uplink for the application: the FRMPayload as received (still encrypted with the
 * AppSKey, which the application side holds the session's copy of) and the metadata.
 *
 * @param deduplicationId the uplink's id
 * @param devEui the device
 * @param devAddr the address it used
 * @param fCnt the full 32-bit FCntUp
 * @param fPort the FPort, or -1 when the frame had none
 * @param encryptedFrmPayload the FRMPayload as sent (empty when there is none)
 * @param appSKey the key that decrypts it
 * @param confirmed a confirmed uplink
 * @param adr the ADR bit
 * @param dr the data rate index
 * @param txInfo how it was sent
 * @param rxInfo every reception, best first
 * @param receivedAt when the first copy arrived
 */
public record DataUplinkEvent(
    UUID deduplicationId,
    Eui64 devEui,
    DevAddr devAddr,
    long fCnt,
    int fPort,
    byte[] encryptedFrmPayload,
    Aes128Key appSKey,
    boolean confirmed,
    boolean adr,
    int dr,
    UplinkTxInfo txInfo,
    List<UplinkRxInfo> rxInfo,
    Instant receivedAt) {

  public DataUplinkEvent {
    encryptedFrmPayload = encryptedFrmPayload == null ? new byte[0] : encryptedFrmPayload.clone();
    rxInfo = List.copyOf(rxInfo);
  }

  @Override
  public byte[] encryptedFrmPayload() {
    return encryptedFrmPayload.clone();
  }
}
