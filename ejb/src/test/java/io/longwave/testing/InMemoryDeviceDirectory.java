package io.longwave.testing;

import io.longwave.application.directory.DeviceDirectory;
import io.longwave.application.directory.DirectoryEntry;
import io.longwave.lorawan.Eui64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link DeviceDirectory} holding the entries a test puts, counting look-ups. */
public final class InMemoryDeviceDirectory implements DeviceDirectory {

  private final Map<Eui64, DirectoryEntry> entries = new ConcurrentHashMap<>();
  private final AtomicInteger lookups = new AtomicInteger();

  public InMemoryDeviceDirectory put(DirectoryEntry entry) {
    entries.put(entry.devEui(), entry);
    return this;
  }

  public void remove(Eui64 devEui) {
    entries.remove(devEui);
  }

  @Override
  public Optional<DirectoryEntry> find(Eui64 devEui) {
    lookups.incrementAndGet();
    return Optional.ofNullable(entries.get(devEui));
  }

  public int lookups() {
    return lookups.get();
  }
}
