package io.longwave.console;

import io.longwave.domain.profile.ExtraChannel;
import io.longwave.domain.profile.GatewayProfile;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gateway-profile form's values, read from a {@link GatewayProfile} and given back as the
 * service takes them: the enabled channels as indexes separated by commas, the extra channels
 * one {@link ExtraChannelFields} each, the statistics interval in seconds.
 */
public class GatewayProfileFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String channels = "0, 1, 2";
  private int statsInterval = 30;
  private final List<ExtraChannelFields> extraChannels = new ArrayList<>();

  /** Takes the values of {@code p}. */
  public void read(GatewayProfile p) {
    name = p.name();
    channels = p.channels().stream().map(String::valueOf).collect(Collectors.joining(", "));
    statsInterval = p.statsInterval();
    extraChannels.clear();
    p.extraChannels().forEach(c -> extraChannels.add(ExtraChannelFields.of(c)));
  }

  /** The name, stripped. */
  public String name() {
    return name == null ? "" : name.strip();
  }

  /**
   * The channel indexes.
   *
   * @throws IllegalArgumentException for a part that is no whole number
   */
  public List<Integer> channelIndexes() {
    return numbers("channel", channels);
  }

  /**
   * The extra channels.
   *
   * @throws IllegalArgumentException for a malformed or refused channel
   */
  public List<ExtraChannel> extra() {
    List<ExtraChannel> out = new ArrayList<>();
    for (int i = 0; i < extraChannels.size(); i++) {
      try {
        out.add(extraChannels.get(i).toChannel());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("extra channel " + (i + 1) + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** Adds an empty LoRa channel at the end. */
  public void addExtraChannel() {
    extraChannels.add(new ExtraChannelFields());
  }

  /** Removes the extra channel at {@code index}, if there is one. */
  public void removeExtraChannel(int index) {
    if (index >= 0 && index < extraChannels.size()) {
      extraChannels.remove(index);
    }
  }

  /** Whole numbers separated by commas, spaces or line breaks. */
  static List<Integer> numbers(String what, String text) {
    List<Integer> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : text.strip().split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        out.add(Integer.parseInt(part));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the " + what + " " + part + " is not a whole number");
      }
    }
    return out;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getChannels() {
    return channels;
  }

  public void setChannels(String channels) {
    this.channels = channels;
  }

  public int getStatsInterval() {
    return statsInterval;
  }

  public void setStatsInterval(int statsInterval) {
    this.statsInterval = statsInterval;
  }

  public List<ExtraChannelFields> getExtraChannels() {
    return extraChannels;
  }
}
