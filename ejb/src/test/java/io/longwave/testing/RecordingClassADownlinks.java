package io.longwave.testing;

import io.longwave.downlink.ClassADownlinks;
import io.longwave.downlink.ClassAResponse;
import java.util.ArrayList;
import java.util.List;

/** Records the Class A answers handed to the downlink side, in order. */
public final class RecordingClassADownlinks implements ClassADownlinks {

  private final List<ClassAResponse> responses = new ArrayList<>();

  @Override
  public synchronized void respond(ClassAResponse response) {
    responses.add(response);
  }

  public synchronized List<ClassAResponse> responses() {
    return List.copyOf(responses);
  }
}
