package io.longwave.application.directory;

import io.longwave.lorawan.Eui64;
import java.util.Optional;

/**
 * Looks up the application-side facts of a device. Threading: implementations are thread-safe.
 * Answers may be a few seconds old (implementations cache); an unknown device is empty.
 */
public interface DeviceDirectory {

  Optional<DirectoryEntry> find(Eui64 devEui);
}
