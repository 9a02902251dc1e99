package io.longwave.api.device;

import io.longwave.api.json.Values;
import io.longwave.api.security.CurrentCaller;
import io.longwave.application.management.DeviceService;
import io.longwave.lorawan.Eui64;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A device's live frames and events over HTTP as grpc-gateway streams them: one JSON object
 * {@code {"result":{...}}} per line, for as long as the client reads. An empty line starts the
 * answer, so that its headers reach the client at once; when nothing happens for {@value
 * #KEEP_ALIVE_MILLIS} ms another is written, which is how a closed connection is noticed. The same streams are offered over WebSocket by {@link DeviceStreamEndpoint}.
 */
@Path("devices")
@ApplicationScoped
@Tag(name = "devices")
public class DeviceStreamResource {

  static final long KEEP_ALIVE_MILLIS = 30_000;

  @Inject CurrentCaller current;
  @Inject DeviceService devices;
  @Inject DeviceStreams streams;

  @GET
  @Path("{devEUI}/frames")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stream the device's uplink and downlink frames, one JSON per line")
  public StreamingOutput frames(@PathParam("devEUI") String devEui) {
    return stream(devEui, DeviceStreams.Kind.FRAMES);
  }

  @GET
  @Path("{devEUI}/events")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Stream the device's application events, one JSON per line")
  public StreamingOutput events(@PathParam("devEUI") String devEui) {
    return stream(devEui, DeviceStreams.Kind.EVENTS);
  }

  private StreamingOutput stream(String devEui, DeviceStreams.Kind kind) {
    Eui64 eui = Values.eui64("devEUI", devEui);
    devices.get(current.policy(), eui);
    DeviceStreams.Subscription s = streams.subscribe(eui, kind);
    return out -> pump(s, out, KEEP_ALIVE_MILLIS);
  }

  /** Writes the subscription's messages until the client goes away. */
  static void pump(DeviceStreams.Subscription s, OutputStream out, long keepAliveMillis)
      throws IOException {
    try (s) {
      // A first empty line sends the headers at once, before any message.
      out.write('\n');
      out.flush();
      while (true) {
        JsonObject next = s.next(keepAliveMillis);
        out.write(next == null ? new byte[] {'\n'}
            : (next + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
