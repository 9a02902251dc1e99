package io.longwave.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.DevNonce;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Mic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The network server end to end on Payara Micro and PostgreSQL, over real UDP: a packet forwarder
 * brings a LoRaWAN 1.0.3 device's join-request and gets the join-accept in RX1 (5 s after the
 * uplink's {@code tmst}); the device's confirmed uplink is acknowledged in RX1 one second after
 * its {@code tmst}; the gateway's TX_ACK advances the downlink counter in the database. The device
 * side is played with the LoRaWAN library alone.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkServerIT {

  private static final String GATEWAY = "0102030405060709";
  private static final Eui64 DEV_EUI = Eui64.parse("0004a30b001c0530");
  private static final Eui64 JOIN_EUI = Eui64.parse("70b3d57ed0000001");
  private static final Aes128Key APP_KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void a_device_joins_and_its_confirmed_uplink_is_acknowledged_in_rx1() throws Exception {
    try (Connection db = FreshPostgresDatabase.connect()) {
      provision(db);
      try (DatagramSocket forwarder = new DatagramSocket(0)) {
        forwarder.setSoTimeout(10_000);
        assertArrayEquals(new byte[] {2, 0, 1, 4}, exchange(forwarder, header(1, 2)));

        // Join: the join-accept comes in RX1, JOIN_ACCEPT_DELAY1 after the request.
        int devNonce = 0x2a17;
        byte[] joinRequest = joinRequest(devNonce);
        long joinTmst = 1_000_000;
        assertArrayEquals(
            new byte[] {2, 0, 2, 1}, exchange(forwarder, pushData(2, joinTmst, joinRequest)));
        Downlink accept = pullResp(forwarder);
        assertEquals(joinTmst + 5_000_000, accept.txpk.getJsonNumber("tmst").longValue());
        assertEquals(868.1, accept.txpk.getJsonNumber("freq").doubleValue(), 1e-6);
        assertEquals("SF7BW125", accept.txpk.getString("datr"));
        assertTrue(accept.txpk.getBoolean("ipol"));
        send(forwarder, txAck(accept.token));

        AesKeyContext appKey = AesKeyContext.of(APP_KEY);
        byte[] plain = JoinAcceptCipher.decryptPhyPayload(appKey, accept.phyPayload);
        assertTrue(
            JoinMic.checkJoinAcceptLorawan10(appKey, plain, 0, plain.length), "join-accept MIC");
        JoinAcceptPayload ja =
            JoinAcceptPayload.decode(Arrays.copyOfRange(plain, 1, plain.length - 4));
        DevAddr devAddr = ja.devAddr();
        assertTrue(devAddr.isNetId(new NetId(0)), devAddr.toString());
        Lorawan10SessionKeys keys =
            KeyDerivation.lorawan10(APP_KEY, ja.joinNonce().value(), ja.homeNetId(), devNonce);

        // A confirmed uplink: its ACK comes in RX1, RECEIVE_DELAY1 after it.
        long upTmst = 20_000_000;
        byte[] uplink = confirmedUplink(devAddr, keys, 0, new byte[] {1, 2, 3});
        assertArrayEquals(
            new byte[] {2, 0, 3, 1}, exchange(forwarder, pushData(3, upTmst, uplink)));
        Downlink ack = pullResp(forwarder);
        assertEquals(upTmst + 1_000_000, ack.txpk.getJsonNumber("tmst").longValue());
        assertEquals(868.1, ack.txpk.getJsonNumber("freq").doubleValue(), 1e-6);
        PhyPayload down = PhyPayload.decode(ack.phyPayload);
        assertEquals(MType.UNCONFIRMED_DATA_DOWN, down.mType());
        assertEquals(devAddr, down.macPayload().fhdr().devAddr());
        assertTrue(down.macPayload().fhdr().fCtrl().ack(), "ACK bit");
        assertEquals(0, down.macPayload().fhdr().fCnt());
        assertTrue(
            DataMic.checkDownlinkLorawan10(
                AesKeyContext.of(keys.nwkSKey()), ack.phyPayload, 0, ack.phyPayload.length, 0),
            "downlink MIC");
        send(forwarder, txAck(ack.token));
      }

      assertEquals(1, eventually(db, "select f_cnt_up from device_session", 1));
      assertEquals(1, eventually(db, "select n_f_cnt_down from device_session", 1));
    }
  }

  // --- the device side ---

  private static byte[] joinRequest(int devNonce) {
    PhyPayload unsigned =
        PhyPayload.of(
            Mhdr.of(MType.JOIN_REQUEST),
            new JoinRequestPayload(JOIN_EUI, DEV_EUI, new DevNonce(devNonce)),
            new byte[4]);
    byte[] b = unsigned.encode();
    int mic = JoinMic.joinRequest(AesKeyContext.of(APP_KEY), b, 0, b.length - 4);
    return unsigned.withMic(Mic.toBytes(mic)).encode();
  }

  private static byte[] confirmedUplink(
      DevAddr devAddr, Lorawan10SessionKeys keys, int fCnt, byte[] payload) {
    byte[] frm =
        FrmPayloadCipher.encrypt(
            AesKeyContext.of(keys.appSKey()), Direction.UPLINK, devAddr, fCnt, payload);
    Fhdr fhdr = Fhdr.of(devAddr, FCtrl.Uplink.of(false, false, false, false), fCnt, new byte[0]);
    PhyPayload unsigned =
        PhyPayload.of(
            Mhdr.of(MType.CONFIRMED_DATA_UP), MacPayload.of(fhdr, 1, frm), new byte[4]);
    byte[] b = unsigned.encode();
    int mic = DataMic.uplinkLorawan10(AesKeyContext.of(keys.nwkSKey()), b, 0, b.length - 4, fCnt);
    return unsigned.withMic(Mic.toBytes(mic)).encode();
  }

  // --- provisioning, straight into the schema ---

  private static void provision(Connection db) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate(
          "insert into gateway (gateway_id, name, created_at, updated_at)"
              + " values ('" + GATEWAY + "', 'mast', now(), now())");
      s.executeUpdate(
          "insert into device_profile values ('22222222-2222-2222-2222-222222222222', 'otaa',"
              + " 'EU868', '1.0.3', 'RP002-1.0.3', true, false, false, 60, 0, 60, 1, 0, 0,"
              + " 869525000, 16, 'default', 3600, 0, true, now(), now())");
      s.executeUpdate(
          "insert into device values ('" + DEV_EUI + "', 'sensor', 1,"
              + " '22222222-2222-2222-2222-222222222222', '" + JOIN_EUI + "', false, false, 0,"
              + " now(), now(), null)");
      s.executeUpdate(
          "insert into device_keys values ('" + DEV_EUI + "', '" + APP_KEY.toHex()
              + "', null, now(), now())");
    }
  }

  private static int eventually(Connection db, String sql, int wanted) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    int last = -1;
    while (System.nanoTime() < deadline) {
      try (PreparedStatement q = db.prepareStatement(sql);
          ResultSet rs = q.executeQuery()) {
        if (rs.next()) {
          last = rs.getInt(1);
          if (last == wanted) {
            return last;
          }
        }
      }
      Thread.sleep(100);
    }
    return last;
  }

  // --- Semtech UDP, as a packet forwarder speaks it ---

  /** A PULL_RESP: its token, its txpk and the PHYPayload in it. */
  private record Downlink(int token, JsonObject txpk, byte[] phyPayload) {}

  private static byte[] header(int token, int type) {
    byte[] h = new byte[12];
    h[0] = 2;
    h[1] = (byte) (token >> 8);
    h[2] = (byte) token;
    h[3] = (byte) type;
    for (int i = 0; i < 8; i++) {
      h[4 + i] = (byte) Integer.parseInt(GATEWAY.substring(2 * i, 2 * i + 2), 16);
    }
    return h;
  }

  private static byte[] pushData(int token, long tmst, byte[] phy) {
    String json =
        "{\"rxpk\":[{\"tmst\":" + tmst + ",\"chan\":0,\"rfch\":0,\"freq\":868.1,\"stat\":1,"
            + "\"modu\":\"LORA\",\"datr\":\"SF7BW125\",\"codr\":\"4/5\",\"rssi\":-60,"
            + "\"lsnr\":9.5,\"size\":" + phy.length + ",\"data\":\""
            + Base64.getEncoder().encodeToString(phy) + "\"}]}";
    return concat(header(token, 0), json.getBytes(UTF_8));
  }

  private static byte[] txAck(int token) {
    return concat(header(token, 5), "{\"txpk_ack\":{\"error\":\"NONE\"}}".getBytes(UTF_8));
  }

  private static Downlink pullResp(DatagramSocket s) throws Exception {
    while (true) {
      byte[] d = receive(s);
      if (d.length > 4 && d[3] == 3) {
        JsonObject txpk =
            Json.createReader(new StringReader(new String(d, 4, d.length - 4, UTF_8)))
                .readObject()
                .getJsonObject("txpk");
        int token = ((d[1] & 0xff) << 8) | (d[2] & 0xff);
        return new Downlink(token, txpk, Base64.getDecoder().decode(txpk.getString("data")));
      }
      if (d.length < 4 || d[3] != 1 && d[3] != 4) {
        fail("unexpected datagram " + Arrays.toString(d));
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] d = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, d, a.length, b.length);
    return d;
  }

  private static int udpPort() {
    return Integer.parseInt(System.getProperty("longwave.it.udp.port", "31700"));
  }

  private static void send(DatagramSocket s, byte[] data) throws Exception {
    s.send(new DatagramPacket(data, data.length, new InetSocketAddress("127.0.0.1", udpPort())));
  }

  private static byte[] receive(DatagramSocket s) throws Exception {
    DatagramPacket p = new DatagramPacket(new byte[2048], 2048);
    s.receive(p);
    return Arrays.copyOf(p.getData(), p.getLength());
  }

  private static byte[] exchange(DatagramSocket s, byte[] data) throws Exception {
    send(s, data);
    return receive(s);
  }
}
