package io.longwave.uplink.data;

import io.longwave.connector.api.frame.UplinkTxInfo;
import io.longwave.downlink.RadioModulations;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.region.Channel;
import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;
import java.util.List;

/**
 * How a device sent an uplink, in its region's terms: the data-rate index (TxDr) and the channel
 * index (TxCh) that the LoRaWAN 1.1 uplink MIC covers (LoRaWAN 1.1 §4.4). Channels are numbered
 * as ChirpStack numbers them: the region's default channels first, then the session's extra
 * channels (CFList or NewChannelReq) in index order. Stateless.
 */
public final class UplinkRadio {

  /** The value of {@link #dataRate} and {@link #channelIndex} when the region has no match. */
  public static final int UNKNOWN = -1;

  private UplinkRadio() {}

  /** The uplink DR index of the transmission, or {@link #UNKNOWN}. */
  public static int dataRate(Region region, UplinkTxInfo txInfo) {
    try {
      return RadioModulations.uplinkDr(region, txInfo.modulation());
    } catch (LorawanFormatException e) {
      return UNKNOWN;
    }
  }

  /** The index of the uplink channel on the transmission's frequency, or {@link #UNKNOWN}. */
  public static int channelIndex(Region region, DeviceSession session, long frequencyHz) {
    List<Channel> defaults = region.defaultUplinkChannels();
    for (int i = 0; i < defaults.size(); i++) {
      if (defaults.get(i).frequencyHz() == frequencyHz) {
        return i;
      }
    }
    List<Channel> extra = session.extraUplinkChannels();
    for (int i = 0; i < extra.size(); i++) {
      if (extra.get(i).frequencyHz() == frequencyHz) {
        return defaults.size() + i;
      }
    }
    return UNKNOWN;
  }
}
