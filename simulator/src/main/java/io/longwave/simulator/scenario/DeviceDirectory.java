package io.longwave.simulator.scenario;

import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.LorawanFormatException;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.PhyPayload;
import io.longwave.simulator.device.AcceptedDownlink;
import io.longwave.simulator.device.FrameRejectedException;
import io.longwave.simulator.device.SimulatedDevice;
import io.longwave.simulator.gateway.DownlinkListener;
import io.longwave.simulator.gateway.SimulatedGateway;
import io.longwave.simulator.metrics.LatencyRecorder;
import io.longwave.simulator.metrics.SimulationCounters;
import io.longwave.simulator.udp.TxPacket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Hands each PULL_RESP to the device it is for and measures it. A data downlink is found by its
 * DevAddr. A join-accept is encrypted, so it is matched by time: the server schedules it at the
 * join-request's {@code tmst} plus a whole number of seconds (JOIN_ACCEPT_DELAY1/2, RP002-1.0.3
 * §2.x.8), on the gateway that heard it; failing that, every device waiting for a join-accept
 * tries it, and its MIC picks the right one. The latency of a frame is taken at the first
 * PULL_RESP that answers it.
 *
 * <p>Thread-safe: gateways call {@link #onDownlink} concurrently.
 */
public final class DeviceDirectory implements DownlinkListener {

  private static final System.Logger LOG = System.getLogger(DeviceDirectory.class.getName());
  private static final long SECOND_MICROS = 1_000_000L;
  private static final int MAX_DELAY_SECONDS = 16;
  private static final long JOIN_MEMORY_NANOS = TimeUnit.SECONDS.toNanos(30);

  private record JoinKey(Eui64 gateway, long tmst) {}

  private record PendingJoin(SimulatedDevice device, long sentNanos) {}

  private final SimulationCounters counters;
  private final LatencyRecorder latency;
  private final Map<DevAddr, CopyOnWriteArrayList<SimulatedDevice>> byDevAddr =
      new ConcurrentHashMap<>();
  private final Map<SimulatedDevice, DevAddr> registered = new ConcurrentHashMap<>();
  private final Map<JoinKey, PendingJoin> joinsByTmst = new ConcurrentHashMap<>();
  private final Set<SimulatedDevice> joining = ConcurrentHashMap.newKeySet();

  public DeviceDirectory(SimulationCounters counters, LatencyRecorder latency) {
    this.counters = counters;
    this.latency = latency;
  }

  /** Registers a device that has a session already (ABP). */
  public void registerSession(SimulatedDevice device) {
    DevAddr a = device.devAddr();
    if (a == null) {
      return;
    }
    DevAddr before = registered.put(device, a);
    if (before != null && !before.equals(a)) {
      List<SimulatedDevice> old = byDevAddr.get(before);
      if (old != null) {
        old.remove(device);
      }
    }
    byDevAddr.computeIfAbsent(a, k -> new CopyOnWriteArrayList<>()).addIfAbsent(device);
  }

  /** Notes a join-request copy about to be forwarded by {@code gateway} with {@code tmst}. */
  public void joinRequestForwarded(SimulatedDevice device, Eui64 gateway, long tmst) {
    joining.add(device);
    joinsByTmst.put(new JoinKey(gateway, tmst), new PendingJoin(device, System.nanoTime()));
  }

  /** Forgets join-request times older than 30 s. */
  public void expire() {
    long now = System.nanoTime();
    joinsByTmst.values().removeIf(p -> now - p.sentNanos() > JOIN_MEMORY_NANOS);
  }

  @Override
  public void onDownlink(SimulatedGateway gateway, TxPacket txpk, long receivedNanos) {
    PhyPayload phy;
    try {
      phy = PhyPayload.decode(txpk.data());
    } catch (LorawanFormatException e) {
      counters.decryptFailures.increment();
      return;
    }
    if (phy.mType() == MType.JOIN_ACCEPT) {
      joinAccept(gateway.eui(), txpk, phy, receivedNanos);
    } else if (phy.mType() == MType.UNCONFIRMED_DATA_DOWN
        || phy.mType() == MType.CONFIRMED_DATA_DOWN) {
      dataDownlink(phy, receivedNanos);
    } else {
      counters.unmatchedDownlinks.increment();
    }
  }

  private void joinAccept(Eui64 gateway, TxPacket txpk, PhyPayload phy, long now) {
    byte[] frame = phy.encode();
    SimulatedDevice byTime = txpk.tmst() == null ? null : byTmst(gateway, txpk.tmst());
    if (byTime != null) {
      try {
        byTime.acceptJoin(frame);
        joined(byTime, now);
        return;
      } catch (FrameRejectedException e) {
        LOG.log(System.Logger.Level.DEBUG, e.getMessage());
        if (e.reason() == FrameRejectedException.Reason.MIC) {
          counters.micFailures.increment();
        } else {
          counters.decryptFailures.increment();
        }
      }
    }
    for (SimulatedDevice d : joining) {
      if (d == byTime || !d.awaitingJoinAccept()) {
        continue;
      }
      try {
        d.acceptJoin(frame);
        joined(d, now);
        return;
      } catch (FrameRejectedException e) {
        // not this device's join-accept
      }
    }
    if (byTime == null) {
      counters.unmatchedDownlinks.increment();
    }
  }

  private SimulatedDevice byTmst(Eui64 gateway, long tmst) {
    for (int s = 1; s <= MAX_DELAY_SECONDS; s++) {
      PendingJoin p = joinsByTmst.get(
          new JoinKey(gateway, (tmst - s * SECOND_MICROS) & 0xffffffffL));
      if (p != null) {
        return p.device();
      }
    }
    return null;
  }

  private void joined(SimulatedDevice device, long now) {
    joining.remove(device);
    registerSession(device);
    counters.joinAccepts.increment();
    recordLatency(device, now);
  }

  private void dataDownlink(PhyPayload phy, long now) {
    List<SimulatedDevice> candidates = byDevAddr.get(phy.macPayload().fhdr().devAddr());
    if (candidates == null || candidates.isEmpty()) {
      counters.unmatchedDownlinks.increment();
      return;
    }
    FrameRejectedException last = null;
    for (SimulatedDevice d : candidates) {
      try {
        AcceptedDownlink a = d.acceptDownlink(phy, 10);
        counters.downlinks.increment();
        if (a.acknowledgedUplink()) {
          counters.acks.increment();
        }
        recordLatency(d, now);
        return;
      } catch (FrameRejectedException e) {
        last = e;
      }
    }
    LOG.log(System.Logger.Level.DEBUG, last.getMessage());
    if (last.reason() == FrameRejectedException.Reason.MIC) {
      counters.micFailures.increment();
    } else {
      counters.decryptFailures.increment();
    }
  }

  private void recordLatency(SimulatedDevice device, long now) {
    long nanos = device.answered(now);
    if (nanos >= 0) {
      latency.recordNanos(nanos);
    }
  }
}
