package io.longwave.domain.gateway;

import io.longwave.lorawan.Eui64;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One statistics report of a gateway, kept for a bounded time. */
@Entity
@Table(name = "gateway_stats")
public class GatewayStatsRecord {

  @Id
  @SequenceGenerator(name = "gateway_stats_seq", sequenceName = "gateway_stats_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "gateway_stats_seq")
  private Long id;

  @Column(name = "gateway_id", nullable = false, length = 16)
  private String gatewayId;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "rx_packets_received", nullable = false)
  private long rxPacketsReceived;

  @Column(name = "rx_packets_received_ok", nullable = false)
  private long rxPacketsReceivedOk;

  @Column(name = "tx_packets_received", nullable = false)
  private long txPacketsReceived;

  @Column(name = "tx_packets_emitted", nullable = false)
  private long txPacketsEmitted;

  protected GatewayStatsRecord() {}

  public GatewayStatsRecord(
      Eui64 gatewayId,
      Instant receivedAt,
      long rxPacketsReceived,
      long rxPacketsReceivedOk,
      long txPacketsReceived,
      long txPacketsEmitted) {
    this.gatewayId = gatewayId.toString();
    this.receivedAt = receivedAt;
    this.rxPacketsReceived = rxPacketsReceived;
    this.rxPacketsReceivedOk = rxPacketsReceivedOk;
    this.txPacketsReceived = txPacketsReceived;
    this.txPacketsEmitted = txPacketsEmitted;
  }

  public Eui64 gatewayId() {
    return Eui64.parse(gatewayId);
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public long rxPacketsReceived() {
    return rxPacketsReceived;
  }

  public long rxPacketsReceivedOk() {
    return rxPacketsReceivedOk;
  }

  public long txPacketsReceived() {
    return txPacketsReceived;
  }

  public long txPacketsEmitted() {
    return txPacketsEmitted;
  }
}
