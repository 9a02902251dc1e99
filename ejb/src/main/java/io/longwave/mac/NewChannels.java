package io.longwave.mac;

import io.longwave.lorawan.mac.NewChannelReq;
import io.longwave.lorawan.region.Channel;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Applies an accepted NewChannelReq (LoRaWAN 1.0.4 §5.6) to the session's extra channels, which
 * follow the region's default channels by index: the channel is set (and enabled) or, for
 * frequency 0, disabled. Default channels cannot be changed in the dynamic plans.
 */
final class NewChannels {

  private static final System.Logger LOG = System.getLogger(NewChannels.class.getName());

  private NewChannels() {}

  static void apply(MacContext context, NewChannelReq req) {
    DeviceSession s = context.session();
    int defaults = context.region().defaultUplinkChannels().size();
    int position = req.chIndex() - defaults;
    List<Channel> extra = new ArrayList<>(s.extraUplinkChannels());
    if (position < 0 || position > extra.size()) {
      LOG.log(Level.WARNING, "NewChannelReq for channel {0} of {1} cannot be kept: the session"
          + " holds channels 0 to {2}", req.chIndex(), s.devEui(), defaults + extra.size());
      return;
    }
    BitSet enabled = SessionChannels.enabled(context.region(), s);
    if (req.disablesChannel()) {
      enabled.clear(req.chIndex());
      if (position == extra.size() - 1) {
        extra.remove(position);
      }
    } else {
      Channel channel = new Channel(req.frequencyHz(), req.minDr(), req.maxDr());
      if (position == extra.size()) {
        extra.add(channel);
      } else {
        extra.set(position, channel);
      }
      enabled.set(req.chIndex());
    }
    s.extraUplinkChannels(extra).enabledUplinkChannels(enabled);
  }
}
