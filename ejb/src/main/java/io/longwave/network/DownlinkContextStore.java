package io.longwave.network;

import java.util.Locale;

/**
 * Where the contexts of sent downlinks are kept until their TX acknowledgement ({@code
 * longwave.network.downlink-context-store}). A gateway's acknowledgement reaches the instance its
 * packet forwarder talks to, which is the sending instance unless several instances share the
 * gateways (behind one UDP address, or through an MQTT shared subscription): then the contexts
 * must be in the database, which costs an insert per downlink and a delete per acknowledgement.
 * Several instances that share gateways also share de-duplication through the data grid, so the
 * default follows {@code longwave.network.deduplication-store}: {@link #DATABASE} with {@code
 * grid}, {@link #MEMORY} otherwise.
 */
public enum DownlinkContextStore {
  /** This instance's memory only: one instance, or instances with gateways of their own. */
  MEMORY,
  /** Memory and the table {@code downlink_context}: any instance on the database matches. */
  DATABASE;

  /**
   * The configured store.
   *
   * @param setting {@code memory}, {@code database}, or null or blank for the default
   * @param deduplicationStore the {@code longwave.network.deduplication-store} setting
   */
  public static DownlinkContextStore of(String setting, String deduplicationStore) {
    if (setting == null || setting.isBlank()) {
      return deduplicationStore != null && deduplicationStore.trim().equals("grid")
          ? DATABASE : MEMORY;
    }
    return switch (setting.trim().toLowerCase(Locale.ROOT)) {
      case "memory" -> MEMORY;
      case "database" -> DATABASE;
      default -> throw new IllegalArgumentException(
          "longwave.network.downlink-context-store must be memory or database, got " + setting);
    };
  }
}
