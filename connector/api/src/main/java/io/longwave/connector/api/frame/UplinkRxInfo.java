package io.longwave.connector.api.frame;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How one gateway received an uplink (ChirpStack gw.proto {@code UplinkRxInfo}).
 *
 * @param gatewayId the receiving gateway
 * @param uplinkId a random id of this reception, for tracing
 * @param gwTime the gateway's reception time (GPS-synchronised), or null
 * @param nsTime when the bridge received the datagram or message
 * @param timeSinceGpsEpoch the reception time as time since the GPS epoch, or null
 * @param fineTimestamp the fine timestamp, or null
 * @param rssi received signal strength in dBm
 * @param snr signal-to-noise ratio in dB (LoRa only)
 * @param channel the concentrator IF channel
 * @param rfChain the concentrator RF chain
 * @param board the concentrator board
 * @param antenna the antenna
 * @param location the gateway's location, or null
 * @param context the opaque downlink timing context (for Semtech UDP, the 4-byte big-endian
 *     {@code tmst}); a downlink in this frame's receive windows must carry it back
 * @param crcStatus the PHY CRC status
 * @param metadata gateway-supplied key/values (never null)
 */
public record UplinkRxInfo(
    GatewayId gatewayId,
    long uplinkId,
    Instant gwTime,
    Instant nsTime,
    Duration timeSinceGpsEpoch,
    FineTimestamp fineTimestamp,
    int rssi,
    double snr,
    int channel,
    int rfChain,
    int board,
    int antenna,
    GatewayLocation location,
    byte[] context,
    CrcStatus crcStatus,
    Map<String, String> metadata)
    implements Serializable {

  public UplinkRxInfo {
    if (gatewayId == null) {
      throw new IllegalArgumentException("rx-info needs a gateway id");
    }
    if (context == null) {
      context = new byte[0];
    }
    if (crcStatus == null) {
      crcStatus = CrcStatus.NO_CRC;
    }
    metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
  }

  /** A builder, since most receptions set only some fields. */
  public static Builder builder(GatewayId gatewayId) {
    return new Builder(gatewayId);
  }

  /** Builds {@link UplinkRxInfo}s; not thread-safe. */
  public static final class Builder {
    private final GatewayId gatewayId;
    private long uplinkId;
    private Instant gwTime;
    private Instant nsTime;
    private Duration timeSinceGpsEpoch;
    private FineTimestamp fineTimestamp;
    private int rssi;
    private double snr;
    private int channel;
    private int rfChain;
    private int board;
    private int antenna;
    private GatewayLocation location;
    private byte[] context;
    private CrcStatus crcStatus = CrcStatus.CRC_OK;
    private Map<String, String> metadata;

    private Builder(GatewayId gatewayId) {
      this.gatewayId = gatewayId;
    }

    public Builder uplinkId(long v) {
      uplinkId = v;
      return this;
    }

    public Builder gwTime(Instant v) {
      gwTime = v;
      return this;
    }

    public Builder nsTime(Instant v) {
      nsTime = v;
      return this;
    }

    public Builder timeSinceGpsEpoch(Duration v) {
      timeSinceGpsEpoch = v;
      return this;
    }

    public Builder fineTimestamp(FineTimestamp v) {
      fineTimestamp = v;
      return this;
    }

    public Builder rssi(int v) {
      rssi = v;
      return this;
    }

    public Builder snr(double v) {
      snr = v;
      return this;
    }

    public Builder channel(int v) {
      channel = v;
      return this;
    }

    public Builder rfChain(int v) {
      rfChain = v;
      return this;
    }

    public Builder board(int v) {
      board = v;
      return this;
    }

    public Builder antenna(int v) {
      antenna = v;
      return this;
    }

    public Builder location(GatewayLocation v) {
      location = v;
      return this;
    }

    public Builder context(byte[] v) {
      context = v;
      return this;
    }

    public Builder crcStatus(CrcStatus v) {
      crcStatus = v;
      return this;
    }

    public Builder metadata(Map<String, String> v) {
      metadata = v;
      return this;
    }

    public UplinkRxInfo build() {
      return new UplinkRxInfo(
          gatewayId,
          uplinkId,
          gwTime,
          nsTime,
          timeSinceGpsEpoch,
          fineTimestamp,
          rssi,
          snr,
          channel,
          rfChain,
          board,
          antenna,
          location,
          context,
          crcStatus,
          metadata);
    }
  }
}
