package io.longwave.infrastructure.persistence;

import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.region.RegionId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code multicast_group}: a {@link MulticastGroup} and the application it belongs to;
 * the group type is B or C.
 */
@Entity
@Table(name = "multicast_group")
public class MulticastGroupEntity {

  @Id private UUID id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 10)
  private String region;

  @Column(name = "mc_addr", nullable = false, length = 8)
  private String mcAddr;

  @Column(name = "mc_nwk_s_key", nullable = false, length = 32)
  private String mcNwkSKey;

  @Column(name = "mc_app_s_key", nullable = false, length = 32)
  private String mcAppSKey;

  @Column(name = "f_cnt", nullable = false)
  private long fCnt;

  @Column(name = "group_type", nullable = false, length = 1)
  private String groupType;

  @Column(nullable = false)
  private int dr;

  @Column(nullable = false)
  private long frequency;

  @Column(name = "ping_slot_period", nullable = false)
  private int pingSlotPeriod;

  /** Set by {@link JpaMulticastGroupCatalog}; the downlink path does not need it. */
  @Column(name = "application_id")
  private Long applicationId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected MulticastGroupEntity() {}

  MulticastGroupEntity(MulticastGroup g, Instant now) {
    this.id = g.id();
    this.createdAt = now;
    update(g, now);
  }

  final void update(MulticastGroup g, Instant now) {
    name = g.name();
    region = g.region().name();
    mcAddr = g.mcAddr().toString();
    mcNwkSKey = g.mcNwkSKey().toHex();
    mcAppSKey = g.mcAppSKey().toHex();
    fCnt = g.fCnt();
    groupType = g.groupType() == MulticastGroupType.CLASS_B ? "B" : "C";
    dr = g.dr();
    frequency = g.frequencyHz();
    pingSlotPeriod = g.pingSlotPeriod();
    updatedAt = now;
  }

  long fCnt() {
    return fCnt;
  }

  void fCnt(long v, Instant now) {
    fCnt = v;
    updatedAt = now;
  }

  Long applicationId() {
    return applicationId;
  }

  void applicationId(long id, Instant now) {
    applicationId = id;
    updatedAt = now;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  MulticastGroup toDomain() {
    return new MulticastGroup(id, name, RegionId.parse(region), DevAddr.parse(mcAddr),
        Aes128Key.parse(mcNwkSKey), Aes128Key.parse(mcAppSKey), fCnt,
        "B".equals(groupType) ? MulticastGroupType.CLASS_B : MulticastGroupType.CLASS_C, dr,
        frequency, pingSlotPeriod);
  }
}
