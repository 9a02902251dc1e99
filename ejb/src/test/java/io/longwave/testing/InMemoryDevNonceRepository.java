package io.longwave.testing;

import io.longwave.domain.device.DevNonceRepository;
import io.longwave.lorawan.Eui64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Used DevNonces in a concurrent set. */
public final class InMemoryDevNonceRepository implements DevNonceRepository {

  private record Used(Eui64 devEui, Eui64 joinEui, int devNonce, int joinRequestType) {}

  private final Set<Used> used = ConcurrentHashMap.newKeySet();

  @Override
  public boolean use(Eui64 devEui, Eui64 joinEui, int devNonce, int joinRequestType) {
    return used.add(new Used(devEui, joinEui, devNonce, joinRequestType));
  }

  @Override
  public int highest(Eui64 devEui, Eui64 joinEui) {
    int max = -1;
    for (Used u : used) {
      if (u.devEui.equals(devEui) && u.joinEui.equals(joinEui) && u.joinRequestType == 0xff) {
        max = Math.max(max, u.devNonce);
      }
    }
    return max;
  }

  @Override
  public void flush(Eui64 devEui) {
    used.removeIf(u -> u.devEui.equals(devEui));
  }
}
