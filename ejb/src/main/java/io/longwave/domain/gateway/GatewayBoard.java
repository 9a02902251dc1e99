package io.longwave.domain.gateway;

/**
 * One board of a gateway (ChirpStack v3 {@code GatewayBoard}): its FPGA id and the AES-128 key
 * that decrypts its fine timestamps, both hex and empty when unset.
 */
public record GatewayBoard(String fpgaId, String fineTimestampKey) {

  public GatewayBoard {
    fpgaId = fpgaId == null ? "" : fpgaId;
    fineTimestampKey = fineTimestampKey == null ? "" : fineTimestampKey;
  }
}
