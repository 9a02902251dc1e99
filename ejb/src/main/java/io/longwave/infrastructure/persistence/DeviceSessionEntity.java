package io.longwave.infrastructure.persistence;

import io.longwave.domain.device.DeviceClass;
import io.longwave.domain.device.MacVersion;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import io.longwave.session.DeviceSession;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code device_session}: address, session keys, frame counters (LoRaWAN 1.1 §4.3.1.5),
 * class and version as columns, the rest of the radio and MAC state as JSON ({@link
 * SessionStateJson}), a pending rejoin session as JSON ({@link PendingSessionJson}) with its
 * address as a column for the DevAddr lookup. The version is not a JPA {@code @Version}: {@link
 * JpaDeviceSessionRepository} checks and increments it in its own update statement.
 */
@Entity
@Table(name = "device_session")
public class DeviceSessionEntity {

  @Id
  @Column(name = "dev_eui", length = 16)
  private String devEui;

  @Column(name = "dev_addr", nullable = false, length = 8)
  private String devAddr;

  @Column(name = "mac_version", nullable = false, length = 10)
  private String macVersion;

  @Column(nullable = false, length = 10)
  private String region;

  @Column(name = "f_nwk_s_int_key", nullable = false, length = 32)
  private String fNwkSIntKey;

  @Column(name = "s_nwk_s_int_key", nullable = false, length = 32)
  private String sNwkSIntKey;

  @Column(name = "nwk_s_enc_key", nullable = false, length = 32)
  private String nwkSEncKey;

  @Column(name = "app_s_key", nullable = false, length = 32)
  private String appSKey;

  @Column(name = "f_cnt_up", nullable = false)
  private long fCntUp;

  @Column(name = "n_f_cnt_down", nullable = false)
  private long nFCntDown;

  @Column(name = "a_f_cnt_down", nullable = false)
  private long aFCntDown;

  @Column(name = "conf_f_cnt", nullable = false)
  private long confFCnt;

  @Column(name = "device_class", nullable = false, length = 1)
  private String deviceClass;

  @Column(name = "mac_state", nullable = false, length = 16000)
  private String macState;

  @Column(nullable = false)
  private long version;

  @Column(name = "activated_at", nullable = false)
  private Instant activatedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "pending_dev_addr", length = 8)
  private String pendingDevAddr;

  @Column(name = "pending_session", length = 16000)
  private String pendingSession;

  protected DeviceSessionEntity() {}

  /** A new row for {@code s} stored with {@code storedVersion}. */
  DeviceSessionEntity(DeviceSession s, long storedVersion, Instant now) {
    devEui = s.devEui().toString();
    devAddr = s.devAddr().toString();
    macVersion = s.macVersion().text();
    region = s.region().name();
    fNwkSIntKey = s.fNwkSIntKey().toHex();
    sNwkSIntKey = s.sNwkSIntKey().toHex();
    nwkSEncKey = s.nwkSEncKey().toHex();
    appSKey = s.appSKey().toHex();
    fCntUp = s.fCntUp();
    nFCntDown = s.nFCntDown();
    aFCntDown = s.aFCntDown();
    confFCnt = s.confFCnt();
    deviceClass = s.deviceClass().name();
    macState = SessionStateJson.write(s);
    version = storedVersion;
    activatedAt = s.activatedAt();
    updatedAt = now;
    pendingDevAddr = pendingDevAddr(s);
    pendingSession = pendingSession(s);
  }

  /** The address of the session's pending rejoin session, or null. */
  static String pendingDevAddr(DeviceSession s) {
    return s.pendingRejoin() == null ? null : s.pendingRejoin().devAddr().toString();
  }

  /** The pending rejoin session as stored, or null. */
  static String pendingSession(DeviceSession s) {
    return s.pendingRejoin() == null ? null : PendingSessionJson.write(s.pendingRejoin());
  }

  /** The session this row holds, at its stored version. */
  DeviceSession toDomain() {
    DeviceSession s =
        new DeviceSession(
            Eui64.parse(devEui),
            DevAddr.parse(devAddr),
            MacVersion.parse(macVersion),
            RegionId.parse(region),
            Aes128Key.parse(fNwkSIntKey),
            Aes128Key.parse(sNwkSIntKey),
            Aes128Key.parse(nwkSEncKey),
            Aes128Key.parse(appSKey),
            activatedAt,
            version);
    s.fCntUp(fCntUp)
        .nFCntDown(nFCntDown)
        .aFCntDown(aFCntDown)
        .confFCnt(confFCnt)
        .deviceClass(DeviceClass.valueOf(deviceClass));
    SessionStateJson.read(macState, s);
    if (pendingSession != null) {
      s.pendingRejoin(PendingSessionJson.read(pendingSession, s.devEui()));
    }
    return s;
  }
}
