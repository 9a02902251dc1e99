package io.longwave.console;

import io.longwave.domain.device.DeviceProfile;
import io.longwave.domain.device.DeviceProfileDetails;
import io.longwave.domain.device.MacVersion;
import io.longwave.domain.device.PayloadCodec;
import io.longwave.lorawan.region.RegionId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The device-profile form's values, read from a {@link DeviceProfile} and turned back into one,
 * as the REST API reads its {@code deviceProfile} message: the ping-slot period only counts for
 * Class B, the scripts only for the custom JavaScript codec, the device-status frequency and the
 * queue flush stay the service's (it keeps the stored ones).
 */
public class DeviceProfileFields implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The regional-parameters revisions ChirpStack v3 offers. */
  public static final List<String> REG_PARAMS_REVISIONS =
      List.of("A", "B", "RP002-1.0.0", "RP002-1.0.1", "RP002-1.0.2", "RP002-1.0.3");

  private String name;
  private String region = RegionId.EU868.name();
  private String macVersion = MacVersion.LORAWAN_1_0_3.name();
  private String regParamsRevision = "RP002-1.0.3";
  private int maxEirp = 16;
  private boolean supportsJoin = true;
  private int rxDelay1 = 1;
  private int rxDrOffset1;
  private int rxDataRate2;
  private long rxFreq2;
  private String factoryPresetFreqs = "";
  private boolean supports32BitFCnt = true;
  private boolean supportsClassB;
  private int classBTimeout = 60;
  private int pingSlotPeriodicity;
  private int pingSlotDr;
  private long pingSlotFreq;
  private boolean supportsClassC;
  private int classCTimeout = 60;
  private String adrAlgorithmId = "default";
  private int uplinkInterval = 3600;
  private String codec = PayloadCodec.Type.NONE.name();
  private String decoderScript = "";
  private String encoderScript = "";
  private boolean geolocEnabled;
  private int geolocBufferTtl;
  private int geolocMinBufferSize;
  private String tags = "";

  /** Takes the values of {@code p}. */
  public void read(DeviceProfile p) {
    DeviceProfileDetails d = p.details();
    name = p.name();
    region = p.region().name();
    macVersion = p.macVersion().name();
    regParamsRevision = p.regParamsRevision();
    maxEirp = p.maxEirpDbm();
    supportsJoin = p.supportsOtaa();
    rxDelay1 = p.abpRx1Delay();
    rxDrOffset1 = p.abpRx1DrOffset();
    rxDataRate2 = p.abpRx2Dr();
    rxFreq2 = p.abpRx2FrequencyHz();
    factoryPresetFreqs = d.factoryPresetFrequenciesHz().stream().map(String::valueOf)
        .collect(Collectors.joining(", "));
    supports32BitFCnt = d.supports32BitFCnt();
    supportsClassB = p.supportsClassB();
    classBTimeout = p.classBTimeoutSeconds();
    pingSlotPeriodicity = p.pingSlotPeriodicity();
    pingSlotDr = d.pingSlotDr();
    pingSlotFreq = d.pingSlotFrequencyHz();
    supportsClassC = p.supportsClassC();
    classCTimeout = p.classCTimeoutSeconds();
    adrAlgorithmId = p.adrAlgorithmId();
    uplinkInterval = p.uplinkIntervalSeconds();
    codec = d.codec().type().name();
    decoderScript = d.codec().decoderScript();
    encoderScript = d.codec().encoderScript();
    geolocEnabled = p.geolocEnabled();
    geolocBufferTtl = p.geolocBufferTtlSeconds();
    geolocMinBufferSize = p.geolocMinBufferSize();
    tags = KeyValueText.format(d.tags());
  }

  /**
   * The profile these values describe.
   *
   * @param stored the stored profile's details, for its network server; null for a new profile
   * @throws IllegalArgumentException for a malformed frequency list or tag line, or a value the
   *     domain refuses
   */
  public DeviceProfile toProfile(UUID id, Long organizationId, DeviceProfileDetails stored) {
    PayloadCodec.Type type = PayloadCodec.Type.valueOf(codec);
    PayloadCodec payloadCodec = type == PayloadCodec.Type.CUSTOM_JS
        ? new PayloadCodec(type, encoderScript, decoderScript) : new PayloadCodec(type, "", "");
    DeviceProfileDetails details = new DeviceProfileDetails(organizationId,
        stored == null ? DeviceProfileDetails.BUILT_IN_NETWORK_SERVER : stored.networkServerId(),
        pingSlotDr, pingSlotFreq, frequencies(factoryPresetFreqs),
        stored == null ? 0 : stored.maxDutyCycle(), supports32BitFCnt, payloadCodec,
        KeyValueText.parse(tags));
    return new DeviceProfile(id, name == null ? "" : name.strip(), RegionId.valueOf(region),
        MacVersion.valueOf(macVersion), regParamsRevision, supportsJoin, supportsClassB,
        supportsClassC, classBTimeout, supportsClassB ? pingSlotPeriodicity : 0, classCTimeout,
        rxDelay1, rxDrOffset1, rxDataRate2, rxFreq2, maxEirp, adrAlgorithmId, uplinkInterval, 0,
        true, details)
        .withGeolocation(geolocEnabled, geolocBufferTtl, geolocMinBufferSize);
  }

  /** Frequencies in Hz separated by commas, spaces or line breaks. */
  static List<Long> frequencies(String text) {
    List<Long> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : text.strip().split("[,\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      try {
        out.add(Long.parseLong(part));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("the factory preset frequency " + part
            + " is not a whole number of Hz");
      }
    }
    return out;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getMacVersion() {
    return macVersion;
  }

  public void setMacVersion(String macVersion) {
    this.macVersion = macVersion;
  }

  public String getRegParamsRevision() {
    return regParamsRevision;
  }

  public void setRegParamsRevision(String regParamsRevision) {
    this.regParamsRevision = regParamsRevision;
  }

  public int getMaxEirp() {
    return maxEirp;
  }

  public void setMaxEirp(int maxEirp) {
    this.maxEirp = maxEirp;
  }

  public boolean isSupportsJoin() {
    return supportsJoin;
  }

  public void setSupportsJoin(boolean supportsJoin) {
    this.supportsJoin = supportsJoin;
  }

  public int getRxDelay1() {
    return rxDelay1;
  }

  public void setRxDelay1(int rxDelay1) {
    this.rxDelay1 = rxDelay1;
  }

  public int getRxDrOffset1() {
    return rxDrOffset1;
  }

  public void setRxDrOffset1(int rxDrOffset1) {
    this.rxDrOffset1 = rxDrOffset1;
  }

  public int getRxDataRate2() {
    return rxDataRate2;
  }

  public void setRxDataRate2(int rxDataRate2) {
    this.rxDataRate2 = rxDataRate2;
  }

  public long getRxFreq2() {
    return rxFreq2;
  }

  public void setRxFreq2(long rxFreq2) {
    this.rxFreq2 = rxFreq2;
  }

  public String getFactoryPresetFreqs() {
    return factoryPresetFreqs;
  }

  public void setFactoryPresetFreqs(String factoryPresetFreqs) {
    this.factoryPresetFreqs = factoryPresetFreqs;
  }

  public boolean isSupports32BitFCnt() {
    return supports32BitFCnt;
  }

  public void setSupports32BitFCnt(boolean supports32BitFCnt) {
    this.supports32BitFCnt = supports32BitFCnt;
  }

  public boolean isSupportsClassB() {
    return supportsClassB;
  }

  public void setSupportsClassB(boolean supportsClassB) {
    this.supportsClassB = supportsClassB;
  }

  public int getClassBTimeout() {
    return classBTimeout;
  }

  public void setClassBTimeout(int classBTimeout) {
    this.classBTimeout = classBTimeout;
  }

  public int getPingSlotPeriodicity() {
    return pingSlotPeriodicity;
  }

  public void setPingSlotPeriodicity(int pingSlotPeriodicity) {
    this.pingSlotPeriodicity = pingSlotPeriodicity;
  }

  public int getPingSlotDr() {
    return pingSlotDr;
  }

  public void setPingSlotDr(int pingSlotDr) {
    this.pingSlotDr = pingSlotDr;
  }

  public long getPingSlotFreq() {
    return pingSlotFreq;
  }

  public void setPingSlotFreq(long pingSlotFreq) {
    this.pingSlotFreq = pingSlotFreq;
  }

  public boolean isSupportsClassC() {
    return supportsClassC;
  }

  public void setSupportsClassC(boolean supportsClassC) {
    this.supportsClassC = supportsClassC;
  }

  public int getClassCTimeout() {
    return classCTimeout;
  }

  public void setClassCTimeout(int classCTimeout) {
    this.classCTimeout = classCTimeout;
  }

  public String getAdrAlgorithmId() {
    return adrAlgorithmId;
  }

  public void setAdrAlgorithmId(String adrAlgorithmId) {
    this.adrAlgorithmId = adrAlgorithmId;
  }

  public int getUplinkInterval() {
    return uplinkInterval;
  }

  public void setUplinkInterval(int uplinkInterval) {
    this.uplinkInterval = uplinkInterval;
  }

  public String getCodec() {
    return codec;
  }

  public void setCodec(String codec) {
    this.codec = codec;
  }

  public String getDecoderScript() {
    return decoderScript;
  }

  public void setDecoderScript(String decoderScript) {
    this.decoderScript = decoderScript;
  }

  public String getEncoderScript() {
    return encoderScript;
  }

  public void setEncoderScript(String encoderScript) {
    this.encoderScript = encoderScript;
  }

  public boolean isGeolocEnabled() {
    return geolocEnabled;
  }

  public void setGeolocEnabled(boolean geolocEnabled) {
    this.geolocEnabled = geolocEnabled;
  }

  public int getGeolocBufferTtl() {
    return geolocBufferTtl;
  }

  public void setGeolocBufferTtl(int geolocBufferTtl) {
    this.geolocBufferTtl = geolocBufferTtl;
  }

  public int getGeolocMinBufferSize() {
    return geolocMinBufferSize;
  }

  public void setGeolocMinBufferSize(int geolocMinBufferSize) {
    this.geolocMinBufferSize = geolocMinBufferSize;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }
}
