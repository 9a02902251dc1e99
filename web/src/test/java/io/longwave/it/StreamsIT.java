package io.longwave.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import jakarta.json.JsonObject;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The live streams on Payara Micro: a device's frames over WebSocket (subprotocols {@code Bearer,
 * <jwt>}) and over HTTP (one JSON per line), and a gateway's frames over both, all opened before
 * an ABP device's uplink arrives over real UDP from a simulated packet forwarder; each stream
 * must carry the uplink within seconds, and the HTTP streams' headers must arrive before any
 * frame. Also the device's last location as the geolocation service stores it, and a WebSocket
 * without a token closed with 1008. One deployment.
 */
@ExtendWith(FreshPostgresDatabase.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StreamsIT {

  private static final String GATEWAY = "0102030405060a0b";
  private static final String DEV_EUI = "70b3d57ed000abcd";
  private static final Aes128Key NWK_S_KEY = Aes128Key.parse("2b7e151628aed2a6abf7158809cf4f3c");
  private static final Aes128Key APP_S_KEY = Aes128Key.parse("000102030405060708090a0b0c0d0e0f");
  private static final long SECONDS = 10;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("longwave.war")));
  }

  @Test
  void an_uplink_reaches_every_open_stream_within_seconds() throws Exception {
    StreamsClient api = new StreamsClient(base);
    String jwt = api.login();
    DevAddr devAddr = api.provisionAbpDevice(jwt, GATEWAY, DEV_EUI, NWK_S_KEY, APP_S_KEY);
    assertTrue(api.ok(api.call("GET", "/api/devices/" + DEV_EUI, jwt, null)).isNull("location"));
    locate();
    JsonObject location = api.ok(api.call("GET", "/api/devices/" + DEV_EUI, jwt, null))
        .getJsonObject("location");
    assertEquals(52.3740364, location.getJsonNumber("latitude").doubleValue(), 1e-9);
    assertEquals("GEO_RESOLVER_TDOA", location.getString("source"));
    assertEquals(25, location.getInt("accuracy"));

    StreamsClient.Messages refused = new StreamsClient.Messages();
    api.webSocket("/api/devices/" + DEV_EUI + "/frames", null, refused);
    assertEquals(1008, refused.closeCode.get(SECONDS, TimeUnit.SECONDS));

    StreamsClient.Messages deviceSocket = new StreamsClient.Messages();
    WebSocket ws = api.webSocket("/api/devices/" + DEV_EUI + "/frames", jwt, deviceSocket);
    assertEquals("Bearer", ws.getSubprotocol());
    StreamsClient.Messages gatewaySocket = new StreamsClient.Messages();
    api.webSocket("/api/gateways/" + GATEWAY + "/frames", jwt, gatewaySocket);
    // The headers must come at once, long before the first frame or keep-alive.
    HttpResponse<InputStream> deviceHttp = api.stream("/api/devices/" + DEV_EUI + "/frames", jwt)
        .get(5, TimeUnit.SECONDS);
    HttpResponse<InputStream> gatewayHttp = api.stream("/api/gateways/" + GATEWAY + "/frames",
        jwt).get(5, TimeUnit.SECONDS);
    assertEquals(200, deviceHttp.statusCode());
    assertEquals(200, gatewayHttp.statusCode());
    assertTrue(gatewayHttp.headers().firstValue("Content-Type").orElse("")
        .startsWith("application/json"), gatewayHttp.headers().toString());
    StreamsClient.Messages deviceLines = StreamsClient.lines(deviceHttp.body());
    StreamsClient.Messages gatewayLines = StreamsClient.lines(gatewayHttp.body());
    Thread.sleep(500); // the sockets' subscriptions are made right after their handshakes

    try (PacketForwarder gw = new PacketForwarder(GATEWAY)) {
      assertArrayEquals(new byte[] {2, 0, 1, 4}, gw.exchange(gw.pullData(1)));
      byte[] up = uplink(devAddr, 1, new byte[] {0x11, 0x22});
      assertArrayEquals(new byte[] {2, 0, 2, 1}, gw.exchange(gw.pushData(2, 5_000_000, up)));
    }

    for (StreamsClient.Messages m : new StreamsClient.Messages[] {deviceSocket, gatewaySocket,
        deviceLines, gatewayLines}) {
      JsonObject frame = m.nextResult(SECONDS);
      assertNotNull(frame, "no frame within " + SECONDS + " s: " + m.describe());
      JsonObject uplink = frame.getJsonObject("uplinkFrame");
      assertNotNull(uplink, frame.toString());
      assertTrue(uplink.getString("phyPayloadJSON").contains(devAddr.toString()),
          uplink.toString());
    }
    ws.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(SECONDS, TimeUnit.SECONDS);
  }

  /** Stores a location as the geolocation service does after a solve. */
  private static void locate() throws Exception {
    try (Connection db = FreshPostgresDatabase.connect(); Statement s = db.createStatement()) {
      s.executeUpdate("insert into device_location values ('" + DEV_EUI + "', 52.3740364,"
          + " 4.9144401, 10.5, 25.2, 'GEO_RESOLVER_TDOA', 4, now())");
    }
  }

  /** An unconfirmed LoRaWAN 1.0 data uplink on FPort 1. */
  private static byte[] uplink(DevAddr devAddr, int fCnt, byte[] payload) {
    byte[] frm = FrmPayloadCipher.encrypt(
        AesKeyContext.of(APP_S_KEY), Direction.UPLINK, devAddr, fCnt, payload);
    Fhdr fhdr = Fhdr.of(devAddr, FCtrl.Uplink.of(false, false, false, false), fCnt, new byte[0]);
    PhyPayload unsigned = PhyPayload.of(
        Mhdr.of(MType.UNCONFIRMED_DATA_UP), MacPayload.of(fhdr, 1, frm), new byte[4]);
    byte[] b = unsigned.encode();
    int mic = DataMic.uplinkLorawan10(AesKeyContext.of(NWK_S_KEY), b, 0, b.length - 4, fCnt);
    return unsigned.withMic(Mic.toBytes(mic)).encode();
  }

  static URI uri(URL base, String scheme, String path) {
    return URI.create(scheme + "://" + base.getHost() + ":" + base.getPort() + path);
  }
}
