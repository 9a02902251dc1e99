package io.longwave.uplink.dedup;

import io.longwave.connector.api.frame.FskModulation;
import io.longwave.connector.api.frame.LoraModulation;
import io.longwave.connector.api.frame.LrFhssModulation;
import io.longwave.connector.api.frame.Modulation;
import io.longwave.connector.api.frame.UplinkFrame;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * What makes two receptions copies of one uplink: the same PHYPayload sent on the same frequency
 * with the same modulation (ChirpStack hashes the same fields). The key is a SHA-256 digest, so it
 * is small, equal on every instance and safe to share through a data grid.
 *
 * @param value the digest, Base64 without padding
 */
public record DeduplicationKey(String value) implements Serializable {

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(DeduplicationKey::sha256);

  /** The key of a reception. */
  public static DeduplicationKey of(UplinkFrame frame) {
    MessageDigest d = SHA256.get();
    d.reset();
    ByteBuffer tx = ByteBuffer.allocate(32);
    tx.putLong(frame.txInfo().frequencyHz());
    putModulation(tx, frame.txInfo().modulation());
    d.update(tx.array(), 0, tx.position());
    d.update(frame.phyPayload());
    return new DeduplicationKey(Base64.getEncoder().withoutPadding().encodeToString(d.digest()));
  }

  private static void putModulation(ByteBuffer b, Modulation m) {
    if (m instanceof LoraModulation l) {
      // The polarisation is the gateway's view, not the device's: leave it out.
      b.put((byte) 1).putInt(l.bandwidthHz()).put((byte) l.spreadingFactor());
      b.put((byte) l.codeRate().ordinal());
    } else if (m instanceof FskModulation f) {
      b.put((byte) 2).putInt(f.datarateBps()).putInt(f.frequencyDeviationHz());
    } else if (m instanceof LrFhssModulation r) {
      b.put((byte) 3).putInt(r.operatingChannelWidthHz()).put((byte) r.codeRate().ordinal());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
