package io.longwave.mac;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.lorawan.mac.Cid;
import io.longwave.lorawan.mac.ResetConf;
import io.longwave.lorawan.mac.ResetInd;
import io.longwave.lorawan.mac.StandardMacCommand;
import io.longwave.lorawan.region.Region;
import io.longwave.session.DeviceSession;
import java.lang.System.Logger.Level;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * ResetInd (LoRaWAN 1.1 §5.1, ABP devices after a reboot): the session's radio settings return to
 * the device's boot values (the profile's ABP receive windows, TX power 0, DR 0, NbTrans 1, the
 * region's default channels, the profile's ping-slot periodicity; ChirpStack {@code
 * reset_session_to_boot_params}), pending requests are dropped, and ResetConf answers with the
 * lower of the device's minor version and the network's (1). An OTAA device must not send it: it
 * is ignored then.
 */
public final class ResetIndHandler implements MacCommandHandler {

  private static final System.Logger LOG = System.getLogger(ResetIndHandler.class.getName());

  @Override
  public Cid cid() {
    return Cid.RESET_IND;
  }

  @Override
  public boolean answersRequest() {
    return false;
  }

  @Override
  public MacOutcome handle(
      MacContext context, List<StandardMacCommand> block, List<StandardMacCommand> pending) {
    DeviceSession s = context.session();
    if (context.profile().supportsOtaa()) {
      LOG.log(Level.WARNING, "ResetInd from OTAA device {0} ignored", s.devEui());
      return MacOutcome.none();
    }
    ResetInd ind = (ResetInd) block.get(block.size() - 1);
    resetToBootParameters(s, context.profile(), context.region());
    return new MacOutcome(
        List.of(new ResetConf(Math.min(ind.minor(), ResetConf.LORAWAN_1_1))), true);
  }

  static void resetToBootParameters(DeviceSession s, DeviceProfile p, Region region) {
    BitSet defaults = new BitSet();
    defaults.set(0, region.defaultUplinkChannels().size());
    s.rx1Delay(p.abpRx1Delay() == 0 ? 1 : p.abpRx1Delay())
        .rx1DrOffset(p.abpRx1DrOffset())
        .rx2Dr(p.abpRx2Dr())
        .rx2FrequencyHz(p.abpRx2FrequencyHz())
        .txPowerIndex(0)
        .dr(0)
        .maxSupportedTxPowerIndex(0)
        .nbTrans(1)
        .enabledUplinkChannels(defaults)
        .extraUplinkChannels(List.of())
        .uplinkDwellTime400ms(false)
        .downlinkDwellTime400ms(false)
        .pingSlotNb(p.pingNb())
        .pingSlotDr(region.pingSlotDataRate())
        .pingSlotFrequencyHz(0)
        .pendingMacCommands(List.of())
        .macCommandErrorCount(Map.of())
        .adrHistory(List.of());
  }
}
