package io.longwave.testing;

import io.longwave.integration.ApplicationDownlinks;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.InvalidDownlinkException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Records the downlinks enqueued; refuses those whose first payload byte is 0xff. */
public final class RecordingApplicationDownlinks implements ApplicationDownlinks {

  public final List<DownlinkCommand> enqueued = new CopyOnWriteArrayList<>();
  private final AtomicLong fCnt = new AtomicLong();

  @Override
  public long enqueue(DownlinkCommand command) throws InvalidDownlinkException {
    byte[] data = command.data();
    if (data != null && data.length > 0 && data[0] == (byte) 0xff) {
      throw new InvalidDownlinkException("payload too large for the data rate");
    }
    enqueued.add(command);
    return fCnt.getAndIncrement();
  }
}
