package io.longwave.downlink.multicast;

import io.longwave.connector.api.GatewayUnavailableException;
import io.longwave.connector.api.frame.DownlinkFrame;
import io.longwave.connector.api.frame.DownlinkFrameItem;
import io.longwave.connector.api.frame.DownlinkTiming;
import io.longwave.connector.api.frame.DownlinkTxInfo;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.downlink.DownlinkContext;
import io.longwave.downlink.DownlinkContextRepository;
import io.longwave.downlink.DownlinkTxPower;
import io.longwave.downlink.GatewayDownlinks;
import io.longwave.downlink.PingSlotDownlinks;
import io.longwave.downlink.RadioModulations;
import io.longwave.framelog.FrameLog;
import io.longwave.framelog.LoggedDownlink;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.region.Region;
import io.longwave.lorawan.region.Regions;
import io.longwave.network.NetworkSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Sends one planned copy of a multicast frame to its gateway (ChirpStack v3 {@code
 * downlink/multicast}). Steps: {@code setTxInfo} (Class C: at once on the group's frequency, else
 * the region's RX2 frequency; Class B: at the copy's ping slot, on the group's frequency, else the
 * region's ping-slot frequency for the group address and beacon period; the group's data rate),
 * {@code encryptPayload} (FRMPayload with the McAppSKey, LoRaWAN TS005 §4), {@code setMic} (with
 * the McNwkSKey, the LoRaWAN 1.0 downlink B0 block), {@code send}. The frame is an unconfirmed
 * data down to the McAddr with the copy's frame counter; multicast frames carry no MAC commands
 * and ask for no acknowledgement. Threading: thread-safe if its ports are.
 */
public final class MulticastDownlinkFlow {

  private final NetworkSettings settings;
  private final GatewayDownlinks gateways;
  private final RandomGenerator random;
  private final DownlinkContextRepository contexts;
  private final FrameLog frames;
  private final Clock clock;

  public MulticastDownlinkFlow(
      NetworkSettings settings, GatewayDownlinks gateways, RandomGenerator random,
      DownlinkContextRepository contexts, FrameLog frames, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.gateways = Objects.requireNonNull(gateways, "gateways");
    this.random = Objects.requireNonNull(random, "random");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.frames = Objects.requireNonNull(frames, "frames");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Builds and sends the copy.
   *
   * @return the frame handed to the gateway
   * @throws GatewayUnavailableException when the gateway is not connected
   * @throws io.longwave.lorawan.LorawanFormatException when the group's data rate is not a
   *     downlink rate of its region
   */
  public DownlinkFrame handle(MulticastGroup group, MulticastQueueItem item)
      throws GatewayUnavailableException {
    Region region = Regions.get(group.region());
    DownlinkTxInfo txInfo = setTxInfo(group, item, region);
    byte[] phy = phyPayload(group, item);
    DownlinkFrame frame = new DownlinkFrame(random.nextLong() & 0xffff_ffffL, item.gatewayId(),
        List.of(new DownlinkFrameItem(phy, txInfo)));
    Instant now = clock.instant();
    saveDownlinkContext(group, item, frame, now);
    try {
      gateways.send(frame);
    } catch (GatewayUnavailableException e) {
      contexts.take(frame.downlinkId());
      throw e;
    }
    logDownlink(frame, now);
    return frame;
  }

  private void saveDownlinkContext(
      MulticastGroup group, MulticastQueueItem item, DownlinkFrame frame, Instant now) {
    Instant emitAt = item.emitAt() == null ? null : PingSlotDownlinks.instant(item.emitAt());
    contexts.save(DownlinkContext.multicast(frame.downlinkId(), group.id(), item.fCnt(), now,
        emitAt));
  }

  private void logDownlink(DownlinkFrame frame, Instant now) {
    frames.downlink(LoggedDownlink.multicast(now, frame));
  }

  private DownlinkTxInfo setTxInfo(MulticastGroup group, MulticastQueueItem item, Region region) {
    if (group.groupType() == MulticastGroupType.CLASS_B) {
      long frequency = PingSlotDownlinks.frequencyHz(region, group.mcAddr(), group.frequencyHz(),
          item.emitAt());
      return PingSlotDownlinks.txInfo(region, frequency, group.dr(),
          settings.downlinkTxPowerDbm(), 0, 0, item.emitAt());
    }
    long frequency = group.frequencyHz() > 0 ? group.frequencyHz() : region.rx2FrequencyHz();
    int power = settings.downlinkTxPowerDbm() >= 0
        ? settings.downlinkTxPowerDbm()
        : DownlinkTxPower.defaultDbm(region.id(), frequency);
    return new DownlinkTxInfo(frequency, power, RadioModulations.downlink(region, group.dr()), 0,
        0, new DownlinkTiming.Immediately(), new byte[0]);
  }

  /** The encrypted frame with its MIC. */
  static byte[] phyPayload(MulticastGroup group, MulticastQueueItem item) {
    int fCnt = (int) item.fCnt();
    byte[] frm = FrmPayloadCipher.encrypt(AesKeyContext.of(group.mcAppSKey()),
        Direction.DOWNLINK, group.mcAddr(), fCnt, item.data());
    Fhdr fhdr = Fhdr.of(group.mcAddr(), FCtrl.Downlink.of(false, false, false), fCnt & 0xffff,
        new byte[0]);
    byte[] b = PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_DOWN),
        MacPayload.of(fhdr, item.fPort(), frm), new byte[Mic.LENGTH]).encode();
    int len = b.length - Mic.LENGTH;
    Mic.write(DataMic.downlinkLorawan10(AesKeyContext.of(group.mcNwkSKey()), b, 0, len, fCnt), b,
        len);
    return b;
  }
}
