package io.longwave.simulator.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Direction;
import io.longwave.lorawan.DlSettings;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.FCtrl;
import io.longwave.lorawan.Fhdr;
import io.longwave.lorawan.Hex;
import io.longwave.lorawan.JoinAcceptPayload;
import io.longwave.lorawan.JoinNonce;
import io.longwave.lorawan.JoinRequestPayload;
import io.longwave.lorawan.MType;
import io.longwave.lorawan.MacPayload;
import io.longwave.lorawan.Mhdr;
import io.longwave.lorawan.NetId;
import io.longwave.lorawan.PhyPayload;
import io.longwave.lorawan.crypto.AesKeyContext;
import io.longwave.lorawan.crypto.DataMic;
import io.longwave.lorawan.crypto.FOptsCipher;
import io.longwave.lorawan.crypto.FOptsCounter;
import io.longwave.lorawan.crypto.FrmPayloadCipher;
import io.longwave.lorawan.crypto.JoinAcceptCipher;
import io.longwave.lorawan.crypto.JoinMic;
import io.longwave.lorawan.crypto.JoinRequestType;
import io.longwave.lorawan.crypto.KeyDerivation;
import io.longwave.lorawan.crypto.Lorawan10SessionKeys;
import io.longwave.lorawan.crypto.Lorawan11SessionKeys;
import io.longwave.lorawan.crypto.Mic;
import io.longwave.lorawan.mac.LinkAdrAns;
import io.longwave.lorawan.mac.LinkAdrReq;
import io.longwave.lorawan.mac.MacCommandCodec;
import io.longwave.lorawan.mac.RekeyInd;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimulatedDeviceTest {

  private static final Aes128Key KEY = Aes128Key.parse("0102030405060708090a0b0c0d0e0f10");
  private static final Aes128Key OTHER = Aes128Key.parse("00112233445566778899aabbccddeeff");
  private static final Eui64 JOIN_EUI = Eui64.parse("0101010101010101");
  private static final Eui64 DEV_EUI = Eui64.parse("0202020202020202");
  private static final UplinkRadio RADIO = new UplinkRadio(2, 868_500_000L, 5, "SF7BW125");

  private static SimulatedDevice otaa10() {
    DeviceConfig c = new DeviceConfig(DEV_EUI, JOIN_EUI, KEY, null, null, null, null,
        MacVersion.LORAWAN_1_0_3);
    return new SimulatedDevice(c, Activation.OTAA, new Random(1), 0, 0);
  }

  private static SimulatedDevice otaa11(int devNonceStart) {
    DeviceConfig c = new DeviceConfig(DEV_EUI, JOIN_EUI, OTHER, KEY, null, null, null,
        MacVersion.LORAWAN_1_1_0);
    return new SimulatedDevice(c, Activation.OTAA, new Random(1), devNonceStart, 0);
  }

  private static SimulatedDevice abp10() {
    DeviceConfig c = new DeviceConfig(DEV_EUI, null, null, null, DevAddr.parse("26011bda"),
        KEY, OTHER, MacVersion.LORAWAN_1_0_3);
    return new SimulatedDevice(c, Activation.ABP, new Random(1), 0, 0);
  }

  @Test
  void lorawan_1_1_join_request_matches_the_lrwn_vector_and_counts_devnonce_up() {
    // chirpstack lrwn PhyPayload join-request example: key 0102..10, DevNonce 0x0303.
    SimulatedDevice d = otaa11(0x0303);
    assertEquals("00010101010101010102020202020202020303" + "09b97b32",
        Hex.encode(d.joinRequest()));
    JoinRequestPayload next = (JoinRequestPayload) PhyPayload.decode(d.joinRequest()).payload();
    assertEquals(0x0304, next.devNonce().value());
  }

  @Test
  void lorawan_1_0_join_request_has_a_valid_mic_and_fresh_random_devnonces() {
    SimulatedDevice d = otaa10();
    byte[] a = d.joinRequest();
    byte[] b = d.joinRequest();
    assertTrue(JoinMic.checkJoinRequest(AesKeyContext.of(KEY), a, 0, a.length));
    JoinRequestPayload pa = (JoinRequestPayload) PhyPayload.decode(a).payload();
    JoinRequestPayload pb = (JoinRequestPayload) PhyPayload.decode(b).payload();
    assertEquals(DEV_EUI, pa.devEui());
    assertEquals(JOIN_EUI, pa.joinEui());
    assertFalse(pa.devNonce().equals(pb.devNonce()));
  }

  @Test
  void accepts_the_lrwn_1_0_join_accept_and_sends_uplinks_the_network_can_verify()
      throws Exception {
    SimulatedDevice d = otaa10();
    int devNonce = ((JoinRequestPayload) PhyPayload.decode(d.joinRequest()).payload())
        .devNonce().value();
    // chirpstack lrwn LoRaWAN 1.0.x join-accept example, AppKey 0102..10.
    JoinAcceptPayload ja = d.acceptJoin(Hex.decode("2023cf335489aae3183c0be0baa8dee5f3", "ja"));
    assertEquals(DevAddr.parse("01020304"), d.devAddr());
    assertEquals(0x010101, ja.joinNonce().value());

    Lorawan10SessionKeys keys = KeyDerivation.lorawan10(KEY, 0x010101, NetId.parse("020202"),
        devNonce);
    byte[] payload = {1, 2, 3, 4, 5};
    byte[] up = d.nextUplink(false, 10, payload, RADIO);
    assertTrue(DataMic.checkUplinkLorawan10(AesKeyContext.of(keys.nwkSKey()), up, 0, up.length,
        0));
    PhyPayload phy = PhyPayload.decode(up);
    assertEquals(MType.UNCONFIRMED_DATA_UP, phy.mType());
    assertEquals(10, phy.macPayload().fPort());
    assertArrayEquals(payload, FrmPayloadCipher.decrypt(AesKeyContext.of(keys.appSKey()),
        Direction.UPLINK, d.devAddr(), 0, phy.macPayload().frmPayload()));
    byte[] second = d.nextUplink(true, 10, payload, RADIO);
    assertEquals(1, PhyPayload.decode(second).macPayload().fhdr().fCnt());
    assertEquals(MType.CONFIRMED_DATA_UP, PhyPayload.decode(second).mType());
  }

  @Test
  void refuses_a_join_accept_with_a_wrong_mic() {
    SimulatedDevice d = otaa10();
    d.joinRequest();
    byte[] ja = Hex.decode("2023cf335489aae3183c0be0baa8dee5f3", "ja");
    ja[16] ^= 1;
    FrameRejectedException e = assertThrows(FrameRejectedException.class, () -> d.acceptJoin(ja));
    assertEquals(FrameRejectedException.Reason.MIC, e.reason());
    assertFalse(d.joined());
  }

  @Test
  void refuses_a_join_accept_of_the_wrong_length_without_a_pending_join() throws Exception {
    SimulatedDevice d = otaa10();
    assertThrows(FrameRejectedException.class,
        () -> d.acceptJoin(Hex.decode("2023cf335489aae3183c0be0baa8dee5f3", "ja")));
    d.joinRequest();
    FrameRejectedException e = assertThrows(FrameRejectedException.class,
        () -> d.acceptJoin(new byte[] {0x20, 1, 2, 3}));
    assertEquals(FrameRejectedException.Reason.DECRYPT, e.reason());
  }

  /** A LoRaWAN 1.1 OptNeg join-accept built with the library's crypto. */
  private static byte[] joinAccept11(int joinNonce, int devNonce, DevAddr addr) {
    JoinAcceptPayload ja = new JoinAcceptPayload(new JoinNonce(joinNonce), new NetId(0x13),
        addr, new DlSettings(true, 0, 0), 1, Optional.empty());
    byte[] body = ja.encode();
    byte[] plain = new byte[1 + body.length + Mic.LENGTH];
    plain[0] = Mhdr.of(MType.JOIN_ACCEPT).encode();
    System.arraycopy(body, 0, plain, 1, body.length);
    AesKeyContext jsInt = AesKeyContext.of(KeyDerivation.jsIntKey(KEY, DEV_EUI));
    Mic.write(JoinMic.joinAcceptLorawan11(jsInt, JoinRequestType.JOIN_REQUEST, JOIN_EUI,
        devNonce, plain, 0, plain.length - Mic.LENGTH), plain, plain.length - Mic.LENGTH);
    return JoinAcceptCipher.encryptPhyPayload(AesKeyContext.of(KEY), plain);
  }

  @Test
  void lorawan_1_1_device_joins_with_opt_neg_and_sends_rekey_ind_in_encrypted_fopts()
      throws Exception {
    SimulatedDevice d = otaa11(7);
    d.joinRequest();
    DevAddr addr = DevAddr.parse("26000001");
    d.acceptJoin(joinAccept11(5, 7, addr));
    assertTrue(d.session().lorawan11());

    Lorawan11SessionKeys keys = KeyDerivation.lorawan11(KEY, OTHER, 5, JOIN_EUI, 7);
    byte[] up = d.nextUplink(false, 3, new byte[] {9}, RADIO);
    assertTrue(DataMic.checkUplinkLorawan11(AesKeyContext.of(keys.sNwkSIntKey()),
        AesKeyContext.of(keys.fNwkSIntKey()), up, 0, up.length, 0, 0, 5, 2));
    PhyPayload phy = PhyPayload.decode(up);
    byte[] fOpts = phy.macPayload().fhdr().fOpts();
    FOptsCipher.decrypt(AesKeyContext.of(keys.nwkSEncKey()), FOptsCounter.FCNT_UP, addr, 0,
        fOpts, 0, fOpts.length);
    assertEquals(List.of(new RekeyInd(RekeyInd.LORAWAN_1_1)),
        MacCommandCodec.decode(Direction.UPLINK, fOpts));
  }

  @Test
  void lorawan_1_1_device_refuses_a_replayed_join_nonce() throws Exception {
    SimulatedDevice d = otaa11(7);
    d.joinRequest();
    d.acceptJoin(joinAccept11(5, 7, DevAddr.parse("26000001")));
    d.joinRequest();
    FrameRejectedException e = assertThrows(FrameRejectedException.class,
        () -> d.acceptJoin(joinAccept11(5, 8, DevAddr.parse("26000002"))));
    assertEquals(FrameRejectedException.Reason.DECRYPT, e.reason());
    assertEquals(DevAddr.parse("26000001"), d.devAddr());
  }

  private static byte[] downlink10(DevAddr addr, MType type, boolean ack, int fCnt,
      byte[] fOpts, int fPort, byte[] payload) {
    Fhdr fhdr = Fhdr.of(addr, FCtrl.Downlink.of(false, ack, false), fCnt, fOpts);
    MacPayload m = fPort < 0 ? MacPayload.of(fhdr) : MacPayload.of(fhdr, fPort,
        FrmPayloadCipher.encrypt(AesKeyContext.of(OTHER), Direction.DOWNLINK, addr, fCnt,
            payload));
    byte[] b = PhyPayload.of(Mhdr.of(type), m, new byte[Mic.LENGTH]).encode();
    Mic.write(DataMic.downlinkLorawan10(AesKeyContext.of(KEY), b, 0, b.length - Mic.LENGTH,
        fCnt), b, b.length - Mic.LENGTH);
    return b;
  }

  @Test
  void decrypts_a_confirmed_downlink_recognises_its_ack_and_acks_it_back() throws Exception {
    SimulatedDevice d = abp10();
    DevAddr addr = d.devAddr();
    d.nextUplink(true, 10, new byte[] {1}, RADIO);
    byte[] down = downlink10(addr, MType.CONFIRMED_DATA_DOWN, true, 0, new byte[0], 7,
        new byte[] {0x42, 0x43});
    AcceptedDownlink a = d.acceptDownlink(PhyPayload.decode(down), 10);
    assertTrue(a.acknowledgedUplink());
    assertArrayEquals(new byte[] {0x42, 0x43}, a.data().frmPayload());
    assertEquals(7, a.data().fPort());
    assertEquals(1, d.session().nFCntDown());

    byte[] up = d.nextUplink(false, 10, new byte[] {1}, RADIO);
    assertTrue(PhyPayload.decode(up).macPayload().fhdr().fCtrl().ack(), "ACK bit set");

    FrameRejectedException replay = assertThrows(FrameRejectedException.class,
        () -> d.acceptDownlink(PhyPayload.decode(down), 10));
    assertEquals(FrameRejectedException.Reason.MIC, replay.reason());
  }

  @Test
  void answers_a_link_adr_req_in_the_next_uplink_fopts() throws Exception {
    SimulatedDevice d = abp10();
    byte[] req = MacCommandCodec.encode(List.of(new LinkAdrReq(5, 1, 0x0007, 0, 1)));
    byte[] down = downlink10(d.devAddr(), MType.UNCONFIRMED_DATA_DOWN, false, 0, req, -1, null);
    AcceptedDownlink a = d.acceptDownlink(PhyPayload.decode(down), 10);
    assertFalse(a.acknowledgedUplink());
    assertEquals(1, a.data().macCommands().size());
    byte[] up = d.nextUplink(false, 10, new byte[0], RADIO);
    assertEquals(List.of(new LinkAdrAns(true, true, true)), MacCommandCodec.decode(
        Direction.UPLINK, PhyPayload.decode(up).macPayload().fhdr().fOpts()));
  }

  @Test
  void refuses_a_downlink_signed_with_another_key() {
    SimulatedDevice d = abp10();
    byte[] down = downlink10(d.devAddr(), MType.UNCONFIRMED_DATA_DOWN, false, 0, new byte[0], 1,
        new byte[] {1});
    down[down.length - 1] ^= 1;
    FrameRejectedException e = assertThrows(FrameRejectedException.class,
        () -> d.acceptDownlink(PhyPayload.decode(down), 10));
    assertEquals(FrameRejectedException.Reason.MIC, e.reason());
    assertEquals(0, d.session().nFCntDown(), "a refused frame does not move the counter");
  }
}
