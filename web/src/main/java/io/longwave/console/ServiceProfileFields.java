package io.longwave.console;

import io.longwave.domain.profile.ServiceProfileSettings;
import java.io.Serializable;
import java.util.Locale;

/**
 * The service-profile form's values, read from {@link ServiceProfileSettings} and turned back
 * into them as the REST API reads its {@code serviceProfile} message: the channel mask in hex
 * (lower-cased, empty for none), the network server the built-in one for a new profile.
 */
public class ServiceProfileFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private int ulRate;
  private int ulBucketSize;
  private String ulRatePolicy = "DROP";
  private int dlRate;
  private int dlBucketSize;
  private String dlRatePolicy = "DROP";
  private boolean addGwMetaData = true;
  private int devStatusReqFreq;
  private boolean reportDevStatusBattery;
  private boolean reportDevStatusMargin;
  private int drMin;
  private int drMax = 15;
  private String channelMask = "";
  private boolean prAllowed;
  private boolean hrAllowed;
  private boolean raAllowed;
  private boolean nwkGeoLoc;
  private int targetPer;
  private int minGwDiversity;
  private boolean gwsPrivate;

  /** Takes the values of {@code s}. */
  public void read(ServiceProfileSettings s) {
    name = s.name();
    ulRate = s.ulRate();
    ulBucketSize = s.ulBucketSize();
    ulRatePolicy = s.ulRatePolicy();
    dlRate = s.dlRate();
    dlBucketSize = s.dlBucketSize();
    dlRatePolicy = s.dlRatePolicy();
    addGwMetaData = s.addGwMetaData();
    devStatusReqFreq = s.devStatusReqFreq();
    reportDevStatusBattery = s.reportDevStatusBattery();
    reportDevStatusMargin = s.reportDevStatusMargin();
    drMin = s.drMin();
    drMax = s.drMax();
    channelMask = s.channelMask();
    prAllowed = s.prAllowed();
    hrAllowed = s.hrAllowed();
    raAllowed = s.raAllowed();
    nwkGeoLoc = s.nwkGeoLoc();
    targetPer = s.targetPer();
    minGwDiversity = s.minGwDiversity();
    gwsPrivate = s.gwsPrivate();
  }

  /**
   * The settings these values describe.
   *
   * @throws IllegalArgumentException for a value the domain refuses (the data-rate range, the
   *     channel mask)
   */
  public ServiceProfileSettings toSettings(long organizationId, long networkServerId) {
    String mask = channelMask == null ? "" : channelMask.strip().toLowerCase(Locale.ROOT);
    return new ServiceProfileSettings(name == null ? "" : name.strip(), organizationId,
        networkServerId, ulRate, ulBucketSize, ulRatePolicy, dlRate, dlBucketSize, dlRatePolicy,
        addGwMetaData, devStatusReqFreq, reportDevStatusBattery, reportDevStatusMargin, drMin,
        drMax, mask, prAllowed, hrAllowed, raAllowed, nwkGeoLoc, targetPer, minGwDiversity,
        gwsPrivate);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getUlRate() {
    return ulRate;
  }

  public void setUlRate(int ulRate) {
    this.ulRate = ulRate;
  }

  public int getUlBucketSize() {
    return ulBucketSize;
  }

  public void setUlBucketSize(int ulBucketSize) {
    this.ulBucketSize = ulBucketSize;
  }

  public String getUlRatePolicy() {
    return ulRatePolicy;
  }

  public void setUlRatePolicy(String ulRatePolicy) {
    this.ulRatePolicy = ulRatePolicy;
  }

  public int getDlRate() {
    return dlRate;
  }

  public void setDlRate(int dlRate) {
    this.dlRate = dlRate;
  }

  public int getDlBucketSize() {
    return dlBucketSize;
  }

  public void setDlBucketSize(int dlBucketSize) {
    this.dlBucketSize = dlBucketSize;
  }

  public String getDlRatePolicy() {
    return dlRatePolicy;
  }

  public void setDlRatePolicy(String dlRatePolicy) {
    this.dlRatePolicy = dlRatePolicy;
  }

  public boolean isAddGwMetaData() {
    return addGwMetaData;
  }

  public void setAddGwMetaData(boolean addGwMetaData) {
    this.addGwMetaData = addGwMetaData;
  }

  public int getDevStatusReqFreq() {
    return devStatusReqFreq;
  }

  public void setDevStatusReqFreq(int devStatusReqFreq) {
    this.devStatusReqFreq = devStatusReqFreq;
  }

  public boolean isReportDevStatusBattery() {
    return reportDevStatusBattery;
  }

  public void setReportDevStatusBattery(boolean reportDevStatusBattery) {
    this.reportDevStatusBattery = reportDevStatusBattery;
  }

  public boolean isReportDevStatusMargin() {
    return reportDevStatusMargin;
  }

  public void setReportDevStatusMargin(boolean reportDevStatusMargin) {
    this.reportDevStatusMargin = reportDevStatusMargin;
  }

  public int getDrMin() {
    return drMin;
  }

  public void setDrMin(int drMin) {
    this.drMin = drMin;
  }

  public int getDrMax() {
    return drMax;
  }

  public void setDrMax(int drMax) {
    this.drMax = drMax;
  }

  public String getChannelMask() {
    return channelMask;
  }

  public void setChannelMask(String channelMask) {
    this.channelMask = channelMask;
  }

  public boolean isPrAllowed() {
    return prAllowed;
  }

  public void setPrAllowed(boolean prAllowed) {
    this.prAllowed = prAllowed;
  }

  public boolean isHrAllowed() {
    return hrAllowed;
  }

  public void setHrAllowed(boolean hrAllowed) {
    this.hrAllowed = hrAllowed;
  }

  public boolean isRaAllowed() {
    return raAllowed;
  }

  public void setRaAllowed(boolean raAllowed) {
    this.raAllowed = raAllowed;
  }

  public boolean isNwkGeoLoc() {
    return nwkGeoLoc;
  }

  public void setNwkGeoLoc(boolean nwkGeoLoc) {
    this.nwkGeoLoc = nwkGeoLoc;
  }

  public int getTargetPer() {
    return targetPer;
  }

  public void setTargetPer(int targetPer) {
    this.targetPer = targetPer;
  }

  public int getMinGwDiversity() {
    return minGwDiversity;
  }

  public void setMinGwDiversity(int minGwDiversity) {
    this.minGwDiversity = minGwDiversity;
  }

  public boolean isGwsPrivate() {
    return gwsPrivate;
  }

  public void setGwsPrivate(boolean gwsPrivate) {
    this.gwsPrivate = gwsPrivate;
  }
}
