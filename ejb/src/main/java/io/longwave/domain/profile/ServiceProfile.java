package io.longwave.domain.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A service profile (ChirpStack v3; LoRaWAN Backend Interfaces 1.0 §13.1): what an organization's
 * applications and gateways may use on a network server. Created and changed by global admins;
 * readable by the organization's members.
 */
@Entity
@Table(name = "service_profile")
public class ServiceProfile {

  @Id private UUID id;

  @Column(name = "name", nullable = false, length = 100)
  private String name;

  @Column(name = "organization_id", nullable = false)
  private long organizationId;

  @Column(name = "network_server_id", nullable = false)
  private long networkServerId;

  @Column(name = "ul_rate", nullable = false)
  private int ulRate;

  @Column(name = "ul_bucket_size", nullable = false)
  private int ulBucketSize;

  @Column(name = "ul_rate_policy", nullable = false, length = 4)
  private String ulRatePolicy;

  @Column(name = "dl_rate", nullable = false)
  private int dlRate;

  @Column(name = "dl_bucket_size", nullable = false)
  private int dlBucketSize;

  @Column(name = "dl_rate_policy", nullable = false, length = 4)
  private String dlRatePolicy;

  @Column(name = "add_gw_meta_data", nullable = false)
  private boolean addGwMetaData;

  @Column(name = "dev_status_req_freq", nullable = false)
  private int devStatusReqFreq;

  @Column(name = "report_dev_status_battery", nullable = false)
  private boolean reportDevStatusBattery;

  @Column(name = "report_dev_status_margin", nullable = false)
  private boolean reportDevStatusMargin;

  @Column(name = "dr_min", nullable = false)
  private int drMin;

  @Column(name = "dr_max", nullable = false)
  private int drMax;

  @Column(name = "channel_mask", nullable = false, length = 64)
  private String channelMask;

  @Column(name = "pr_allowed", nullable = false)
  private boolean prAllowed;

  @Column(name = "hr_allowed", nullable = false)
  private boolean hrAllowed;

  @Column(name = "ra_allowed", nullable = false)
  private boolean raAllowed;

  @Column(name = "nwk_geo_loc", nullable = false)
  private boolean nwkGeoLoc;

  @Column(name = "target_per", nullable = false)
  private int targetPer;

  @Column(name = "min_gw_diversity", nullable = false)
  private int minGwDiversity;

  @Column(name = "gws_private", nullable = false)
  private boolean gwsPrivate;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ServiceProfile() {}

  public ServiceProfile(ServiceProfileSettings settings, Instant now) {
    this.id = UUID.randomUUID();
    this.createdAt = now;
    update(settings, now);
  }

  /** Replaces the settings; the organization stays the one it was created for. */
  public void update(ServiceProfileSettings s, Instant now) {
    this.name = s.name();
    this.organizationId = s.organizationId();
    this.networkServerId = s.networkServerId();
    this.ulRate = s.ulRate();
    this.ulBucketSize = s.ulBucketSize();
    this.ulRatePolicy = s.ulRatePolicy();
    this.dlRate = s.dlRate();
    this.dlBucketSize = s.dlBucketSize();
    this.dlRatePolicy = s.dlRatePolicy();
    this.addGwMetaData = s.addGwMetaData();
    this.devStatusReqFreq = s.devStatusReqFreq();
    this.reportDevStatusBattery = s.reportDevStatusBattery();
    this.reportDevStatusMargin = s.reportDevStatusMargin();
    this.drMin = s.drMin();
    this.drMax = s.drMax();
    this.channelMask = s.channelMask();
    this.prAllowed = s.prAllowed();
    this.hrAllowed = s.hrAllowed();
    this.raAllowed = s.raAllowed();
    this.nwkGeoLoc = s.nwkGeoLoc();
    this.targetPer = s.targetPer();
    this.minGwDiversity = s.minGwDiversity();
    this.gwsPrivate = s.gwsPrivate();
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public long organizationId() {
    return organizationId;
  }

  public long networkServerId() {
    return networkServerId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public ServiceProfileSettings settings() {
    return new ServiceProfileSettings(
        name, organizationId, networkServerId, ulRate, ulBucketSize, ulRatePolicy, dlRate, dlBucketSize, dlRatePolicy, addGwMetaData, devStatusReqFreq, reportDevStatusBattery, reportDevStatusMargin, drMin, drMax, channelMask, prAllowed, hrAllowed, raAllowed, nwkGeoLoc, targetPer, minGwDiversity, gwsPrivate);
  }
}
