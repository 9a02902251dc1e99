package io.longwave.connector.api.frame;

import java.io.Serializable;

/**
 * The outcome of one downlink item.
 *
 * @param status what the gateway said, or {@link TxAckStatus#IGNORED} for an item not tried
 * @param warning a warning the gateway gave with an accepted item (Semtech {@code warn}, for
 *     example {@code TX_POWER}), or null
 * @param warningValue the value attached to the warning (for {@code TX_POWER}, the power actually
 *     used in dBm), or null
 */
public record DownlinkTxAckItem(TxAckStatus status, String warning, Integer warningValue)
    implements Serializable {

  public DownlinkTxAckItem {
    if (status == null) {
      status = TxAckStatus.IGNORED;
    }
  }

  /** An item with a status and no warning. */
  public static DownlinkTxAckItem of(TxAckStatus status) {
    return new DownlinkTxAckItem(status, null, null);
  }
}
