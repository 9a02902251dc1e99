package io.longwave.console;

import io.longwave.application.auth.AccessPolicy;
import io.longwave.application.management.ApplicationService;
import io.longwave.application.management.ManagementAccess;
import io.longwave.application.management.MulticastGroups;
import io.longwave.domain.application.Application;
import io.longwave.domain.multicast.MulticastGroup;
import io.longwave.domain.multicast.MulticastGroupSummary;
import io.longwave.domain.multicast.MulticastGroupType;
import io.longwave.domain.multicast.MulticastQueueItem;
import io.longwave.lorawan.Aes128Key;
import io.longwave.lorawan.DevAddr;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.region.RegionId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Creating (the view parameter {@code application}), changing and deleting (the view parameter
 * {@code id}) a multicast group through {@link MulticastGroups}: McAddr, McNwkSKey, McAppSKey,
 * frame counter, data rate, frequency, Class B or C and the Class B ping-slot period; and, for a
 * stored group, its members (devices of its application) and its downlink queue. The service
 * checks the rights and the values.
 */
@Named
@ViewScoped
public class MulticastGroupForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsoleCaller caller;
  @Inject private ApplicationService applications;
  @Inject private MulticastGroups groups;

  private Long applicationId;
  private String idParam;
  private UUID id;
  private Application application;
  private boolean editable;
  private String name;
  private RegionId region = RegionId.EU868;
  private DevAddr mcAddr;
  private Aes128Key mcNwkSKey;
  private Aes128Key mcAppSKey;
  private long fCnt;
  private int dr;
  private long frequencyHz;
  private MulticastGroupType groupType = MulticastGroupType.CLASS_C;
  private int pingSlotPeriod;
  private List<Eui64> members = List.of();
  private List<MulticastQueueItem> queue = List.of();
  private Eui64 newMember;
  private int fPort = 1;
  private byte[] payload = new byte[0];

  /** Reads the group (or its application, for a new one). */
  public void load() {
    ConsoleMessages.attempt(() -> {
      AccessPolicy policy = caller.policy();
      if (idParam != null && !idParam.isBlank()) {
        MulticastGroupSummary stored = groups.get(policy, uuid(idParam.strip()));
        applicationId = stored.applicationId();
        fill(stored.group());
      } else if (applicationId == null) {
        ConsoleMessages.error("No application given.");
        return;
      }
      application = applications.get(policy, applicationId);
      editable = Permissions.allowed(() -> ManagementAccess.requireDeviceWrite(policy,
          application));
      if (!editable) {
        ConsoleMessages.error("You may not change the multicast groups of " + application.name()
            + ".");
        return;
      }
      refresh();
    });
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The multicast group id " + text + " is not a UUID.");
    }
  }

  private void fill(MulticastGroup g) {
    id = g.id();
    name = g.name();
    region = g.region();
    mcAddr = g.mcAddr();
    mcNwkSKey = g.mcNwkSKey();
    mcAppSKey = g.mcAppSKey();
    fCnt = g.fCnt();
    dr = g.dr();
    frequencyHz = g.frequencyHz();
    groupType = g.groupType();
    pingSlotPeriod = g.pingSlotPeriod();
  }

  private void refresh() {
    if (id != null) {
      fCnt = groups.get(caller.policy(), id).group().fCnt();
      members = groups.devices(caller.policy(), id);
      queue = groups.queue(caller.policy(), id);
    }
  }

  /** Saves the group and shows it. */
  public String save() {
    boolean creating = id == null;
    UUID groupId = creating ? UUID.randomUUID() : id;
    boolean saved = ConsoleMessages.attempt(() -> {
      MulticastGroup g = new MulticastGroup(groupId, name, region, mcAddr, mcNwkSKey, mcAppSKey,
          fCnt, groupType, dr, frequencyHz,
          groupType == MulticastGroupType.CLASS_B ? pingSlotPeriod : 0);
      if (creating) {
        groups.create(caller.policy(), applicationId, g);
      } else {
        groups.update(caller.policy(), applicationId, g);
      }
    });
    if (!saved) {
      return null;
    }
    ConsoleMessages.keep("Multicast group " + name + " saved.");
    return "/console/multicast-group.xhtml?faces-redirect=true&id=" + groupId;
  }

  /** Deletes the group with its members and queue, and lists the application's groups. */
  public String delete() {
    if (id == null || !ConsoleMessages.attempt(() -> groups.delete(caller.policy(), id))) {
      return null;
    }
    ConsoleMessages.keep("Multicast group " + name + " deleted.");
    return "/console/multicast-groups.xhtml?faces-redirect=true&application=" + applicationId;
  }

  /** Adds the device given as the new member. */
  public void addMember() {
    Eui64 devEui = newMember;
    if (ConsoleMessages.attempt(() -> {
      groups.addDevice(caller.policy(), id, devEui);
      refresh();
    })) {
      ConsoleMessages.info("Device " + devEui + " added.");
      newMember = null;
    }
  }

  /** Removes a member. */
  public void removeMember(Eui64 devEui) {
    if (ConsoleMessages.attempt(() -> {
      groups.removeDevice(caller.policy(), id, devEui);
      refresh();
    })) {
      ConsoleMessages.info("Device " + devEui + " removed.");
    }
  }

  /** Enqueues the payload for the group's members. */
  public void enqueue() {
    Long sentWith = ConsoleMessages.attempt(() -> {
      long f = groups.enqueue(caller.policy(), id, fPort, payload);
      refresh();
      return f;
    }, null);
    if (sentWith != null) {
      ConsoleMessages.info("Downlink enqueued with frame counter " + sentWith + ".");
    }
  }

  /** The payload of a queued frame, in hex. */
  public String hex(MulticastQueueItem item) {
    return io.longwave.console.converter.HexPayload.format(item.data());
  }

  public boolean isCreating() {
    return id == null;
  }

  public boolean isClassB() {
    return groupType == MulticastGroupType.CLASS_B;
  }

  public boolean isEditable() {
    return editable;
  }

  public Application getApplication() {
    return application;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public UUID getId() {
    return id;
  }

  public RegionId[] getRegions() {
    return RegionId.values();
  }

  public MulticastGroupType[] getGroupTypes() {
    return MulticastGroupType.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RegionId getRegion() {
    return region;
  }

  public void setRegion(RegionId region) {
    this.region = region;
  }

  public DevAddr getMcAddr() {
    return mcAddr;
  }

  public void setMcAddr(DevAddr mcAddr) {
    this.mcAddr = mcAddr;
  }

  public Aes128Key getMcNwkSKey() {
    return mcNwkSKey;
  }

  public void setMcNwkSKey(Aes128Key mcNwkSKey) {
    this.mcNwkSKey = mcNwkSKey;
  }

  public Aes128Key getMcAppSKey() {
    return mcAppSKey;
  }

  public void setMcAppSKey(Aes128Key mcAppSKey) {
    this.mcAppSKey = mcAppSKey;
  }

  public long getFCnt() {
    return fCnt;
  }

  public void setFCnt(long fCnt) {
    this.fCnt = fCnt;
  }

  public int getDr() {
    return dr;
  }

  public void setDr(int dr) {
    this.dr = dr;
  }

  public long getFrequencyHz() {
    return frequencyHz;
  }

  public void setFrequencyHz(long frequencyHz) {
    this.frequencyHz = frequencyHz;
  }

  public MulticastGroupType getGroupType() {
    return groupType;
  }

  public void setGroupType(MulticastGroupType groupType) {
    this.groupType = groupType;
  }

  public int getPingSlotPeriod() {
    return pingSlotPeriod;
  }

  public void setPingSlotPeriod(int pingSlotPeriod) {
    this.pingSlotPeriod = pingSlotPeriod;
  }

  public List<Eui64> getMembers() {
    return members;
  }

  public List<MulticastQueueItem> getQueue() {
    return queue;
  }

  public Eui64 getNewMember() {
    return newMember;
  }

  public void setNewMember(Eui64 newMember) {
    this.newMember = newMember;
  }

  public int getFPort() {
    return fPort;
  }

  public void setFPort(int fPort) {
    this.fPort = fPort;
  }

  public byte[] getPayload() {
    return payload;
  }

  public void setPayload(byte[] payload) {
    this.payload = payload == null ? new byte[0] : payload;
  }
}
