package io.longwave.simulator.device;

import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.LoraModulation;
import io.longwave.lorawan.region.Modulation;
import io.longwave.lorawan.region.Region;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * Which channels and data rate simulated devices transmit on: one LoRa data rate of the region
 * (RP002-1.0.3 §2.x.3) and the region's default uplink channels (§2.x.2) that allow it, optionally
 * narrowed to a set of channel indices (a US915 sub-band, say). Each uplink picks one of them at
 * random, as devices hop. Immutable and thread-safe.
 */
public final class RadioPlan {

  private final List<UplinkRadio> choices;

  /**
   * @param enabledChannels channel indices to use, or null for every default channel
   * @throws IllegalArgumentException when the data rate is not LoRa or no channel allows it
   */
  public RadioPlan(Region region, int dataRate, BitSet enabledChannels) {
    Modulation m = region.dataRate(dataRate).modulation();
    if (!(m instanceof LoraModulation lora)) {
      throw new IllegalArgumentException(
          "DR" + dataRate + " of " + region.id() + " is not LoRa; only LoRa is simulated");
    }
    String datr = "SF" + lora.spreadingFactor() + "BW" + lora.bandwidthHz() / 1000;
    List<UplinkRadio> c = new ArrayList<>();
    List<Channel> channels = region.defaultUplinkChannels();
    for (int i = 0; i < channels.size(); i++) {
      Channel ch = channels.get(i);
      boolean enabled = enabledChannels == null || enabledChannels.get(i);
      if (enabled && ch.minDr() <= dataRate && dataRate <= ch.maxDr()) {
        c.add(new UplinkRadio(i, ch.frequencyHz(), dataRate, datr));
      }
    }
    if (c.isEmpty()) {
      throw new IllegalArgumentException(
          "no enabled default channel of " + region.id() + " allows DR" + dataRate);
    }
    this.choices = List.copyOf(c);
  }

  /** The channels this plan uses. */
  public List<UplinkRadio> choices() {
    return choices;
  }

  /** A random channel of the plan. */
  public UplinkRadio pick(Random random) {
    return choices.get(random.nextInt(choices.size()));
  }
}
