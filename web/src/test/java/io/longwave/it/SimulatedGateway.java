package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
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
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;

/**
 * A Semtech UDP packet forwarder (PROTOCOL.TXT v2) on a free local port, sending PUSH_DATA to
 * the application's UDP port ({@code longwave.it.udp.port}): an ABP device's unconfirmed uplink
 * (LoRaWAN 1.0.x: FRMPayload encrypted with the AppSKey, MIC with the NwkSKey) and a statistics
 * report. It waits for each PUSH_ACK.
 */
final class SimulatedGateway implements AutoCloseable {

  private static final DateTimeFormatter STAT_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'").withZone(ZoneOffset.UTC);

  private final String gatewayId;
  private final DatagramSocket socket;
  private int token = 1;

  SimulatedGateway(String gatewayId) throws SocketException {
    this.gatewayId = gatewayId;
    this.socket = new DatagramSocket(0);
    socket.setSoTimeout(30_000);
  }

  /** Sends the device's unconfirmed data uplink and waits for the PUSH_ACK. */
  void uplink(DevAddr devAddr, Aes128Key nwkSKey, Aes128Key appSKey, int fCnt, int fPort,
      byte[] payload, double frequencyMhz, int spreadingFactor, int rssi, double snr)
      throws Exception {
    byte[] frm = FrmPayloadCipher.encrypt(AesKeyContext.of(appSKey), Direction.UPLINK, devAddr,
        fCnt, payload);
    Fhdr fhdr = Fhdr.of(devAddr, FCtrl.Uplink.of(false, false, false, false), fCnt, new byte[0]);
    PhyPayload unsigned = PhyPayload.of(Mhdr.of(MType.UNCONFIRMED_DATA_UP),
        MacPayload.of(fhdr, fPort, frm), new byte[4]);
    byte[] b = unsigned.encode();
    int mic = DataMic.uplinkLorawan10(AesKeyContext.of(nwkSKey), b, 0, b.length - 4, fCnt);
    byte[] phy = unsigned.withMic(Mic.toBytes(mic)).encode();
    push("{\"rxpk\":[{\"tmst\":" + (1_000_000L + fCnt * 1_000_000L) + ",\"chan\":0,\"rfch\":0,"
        + "\"freq\":" + frequencyMhz + ",\"stat\":1,\"modu\":\"LORA\",\"datr\":\"SF"
        + spreadingFactor + "BW125\",\"codr\":\"4/5\","
        + "\"rssi\":" + rssi + ",\"lsnr\":" + snr + ",\"size\":" + phy.length + ",\"data\":\""
        + Base64.getEncoder().encodeToString(phy) + "\"}]}");
  }

  /** Sends a statistics report and waits for the PUSH_ACK. */
  void stats(int received, int receivedOk, int sent) throws Exception {
    push("{\"stat\":{\"time\":\"" + STAT_TIME.format(Instant.now()) + "\",\"rxnb\":" + received
        + ",\"rxok\":" + receivedOk + ",\"rxfw\":" + receivedOk + ",\"ackr\":100.0,\"dwnb\":"
        + sent + ",\"txnb\":" + sent + "}}");
  }

  private void push(String json) throws Exception {
    int t = token++;
    byte[] data = concat(header(t, 0), json.getBytes(UTF_8));
    socket.send(new DatagramPacket(data, data.length,
        new InetSocketAddress("127.0.0.1", udpPort())));
    while (true) {
      DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
      socket.receive(p);
      byte[] d = Arrays.copyOf(p.getData(), p.getLength());
      if (d.length >= 4 && d[3] == 1 && ((d[1] & 0xff) << 8 | d[2] & 0xff) == t) {
        return;
      }
    }
  }

  private byte[] header(int t, int type) {
    byte[] h = new byte[12];
    h[0] = 2;
    h[1] = (byte) (t >> 8);
    h[2] = (byte) t;
    h[3] = (byte) type;
    for (int i = 0; i < 8; i++) {
      h[4 + i] = (byte) Integer.parseInt(gatewayId.substring(2 * i, 2 * i + 2), 16);
    }
    return h;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] d = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, d, a.length, b.length);
    return d;
  }

  private static int udpPort() {
    return Integer.parseInt(System.getProperty("longwave.it.udp.port", "31700"));
  }

  @Override
  public void close() {
    socket.close();
  }
}
