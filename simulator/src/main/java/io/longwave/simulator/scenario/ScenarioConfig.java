package io.longwave.simulator.scenario;

import io.longwave.lorawan.Eui64;
import io.longwave.simulator.device.Activation;
import io.longwave.simulator.device.DeviceConfig;
import io.longwave.simulator.device.RadioPlan;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

/**
 * Everything a simulation run needs. Immutable.
 *
 * @param server the network server's UDP address (Longwave: 127.0.0.1:1700)
 * @param gateways number of simulated gateways
 * @param gatewayEuiBase EUI of gateway 0; gateway {@code i} has {@code base + i}
 * @param devices the devices to simulate
 * @param activation how they are activated
 * @param heardBy how many gateways hear each uplink
 * @param radioPlan channels and data rate of the uplinks
 * @param uplinkInterval time between two uplinks of a device (and between join attempts)
 * @param duration how long devices send; zero runs until {@link Scenario#stop()}
 * @param confirmed send confirmed data uplinks
 * @param fPort the FPort of data uplinks, 1 to 223
 * @param payloadLength the FRMPayload size of data uplinks, bytes
 * @param keepAlive the PULL_DATA interval (packet forwarder default 10 s)
 * @param statInterval the stat interval (packet forwarder default 30 s)
 * @param drain how long to wait for answers after the last uplink
 * @param seed the seed of the random choices (DevNonces, channels, payloads, start times)
 * @param devNonceStart the first DevNonce of LoRaWAN 1.1 devices
 * @param abpFCntUp the first FCntUp of ABP devices
 */
public record ScenarioConfig(
    InetSocketAddress server,
    int gateways,
    Eui64 gatewayEuiBase,
    List<DeviceConfig> devices,
    Activation activation,
    int heardBy,
    RadioPlan radioPlan,
    Duration uplinkInterval,
    Duration duration,
    boolean confirmed,
    int fPort,
    int payloadLength,
    Duration keepAlive,
    Duration statInterval,
    Duration drain,
    long seed,
    int devNonceStart,
    long abpFCntUp) {

  public ScenarioConfig {
    if (server == null || gatewayEuiBase == null || devices == null || activation == null
        || radioPlan == null || uplinkInterval == null || duration == null || keepAlive == null
        || statInterval == null || drain == null) {
      throw new IllegalArgumentException("a scenario needs every setting");
    }
    if (gateways < 1) {
      throw new IllegalArgumentException("at least one gateway, got " + gateways);
    }
    new Coverage(gateways, heardBy);
    if (fPort < 1 || fPort > 223) {
      throw new IllegalArgumentException("an application FPort is 1 to 223, got " + fPort);
    }
    if (payloadLength < 0 || payloadLength > 222) {
      throw new IllegalArgumentException("a payload has 0 to 222 bytes, got " + payloadLength);
    }
    if (uplinkInterval.isNegative() || uplinkInterval.isZero()) {
      throw new IllegalArgumentException("the uplink interval must be positive");
    }
    for (DeviceConfig d : devices) {
      if (!d.supports(activation)) {
        throw new IllegalArgumentException(
            "device " + d.devEui() + " has no keys for " + activation);
      }
    }
    devices = List.copyOf(devices);
  }
}
