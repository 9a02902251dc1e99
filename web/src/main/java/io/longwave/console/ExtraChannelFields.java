package io.longwave.console;

import io.longwave.domain.profile.ExtraChannel;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One extra channel of the gateway-profile form: LoRa with its bandwidth (kHz) and spreading
 * factors, or FSK with its bitrate; the frequency in Hz.
 */
public class ExtraChannelFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String modulation = "LORA";
  private long frequency;
  private int bandwidth = 125;
  private int bitrate;
  private String spreadingFactors = "7, 8, 9, 10, 11, 12";

  /** The values of {@code c}. */
  static ExtraChannelFields of(ExtraChannel c) {
    ExtraChannelFields f = new ExtraChannelFields();
    f.modulation = c.modulation();
    f.frequency = c.frequency();
    f.bandwidth = c.bandwidth();
    f.bitrate = c.bitrate();
    f.spreadingFactors = c.spreadingFactors().stream().map(String::valueOf)
        .collect(Collectors.joining(", "));
    return f;
  }

  /**
   * The channel these values describe; an FSK channel has no spreading factors.
   *
   * @throws IllegalArgumentException for a malformed list of spreading factors or a value the
   *     domain refuses
   */
  ExtraChannel toChannel() {
    boolean lora = "LORA".equals(modulation);
    return new ExtraChannel(modulation, frequency, bandwidth, bitrate,
        lora ? GatewayProfileFields.numbers("spreading factor", spreadingFactors)
            : List.of());
  }

  public String getModulation() {
    return modulation;
  }

  public void setModulation(String modulation) {
    this.modulation = modulation;
  }

  public long getFrequency() {
    return frequency;
  }

  public void setFrequency(long frequency) {
    this.frequency = frequency;
  }

  public int getBandwidth() {
    return bandwidth;
  }

  public void setBandwidth(int bandwidth) {
    this.bandwidth = bandwidth;
  }

  public int getBitrate() {
    return bitrate;
  }

  public void setBitrate(int bitrate) {
    this.bitrate = bitrate;
  }

  public String getSpreadingFactors() {
    return spreadingFactors;
  }

  public void setSpreadingFactors(String spreadingFactors) {
    this.spreadingFactors = spreadingFactors;
  }
}
