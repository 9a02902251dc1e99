package io.longwave.application.downlink;

import static io.longwave.scenario.downlink.DownlinkGiven.DEV_EUI;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.application.directory.DirectoryEntry;
import io.longwave.application.directory.ProfileCodec;
import io.longwave.codec.PayloadCodecType;
import io.longwave.codec.PayloadCodecs;
import io.longwave.codec.js.JavaScriptEngine;
import io.longwave.domain.device.DeviceQueueItem;
import io.longwave.domain.device.MacVersion;
import io.longwave.integration.DownlinkCommand;
import io.longwave.integration.InvalidDownlinkException;
import io.longwave.scenario.downlink.DownlinkGiven;
import io.longwave.testing.InMemoryDeviceDirectory;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Downlinks enqueued by applications: checks, codecs and the FCnt returned. */
class ApplicationDownlinkServiceTest {

  private static final long APPLICATION = 1;
  private static final UUID PROFILE = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final PayloadCodecs CODECS = new PayloadCodecs(new JavaScriptEngine());

  private final InMemoryDeviceDirectory directory = new InMemoryDeviceDirectory();

  private ApplicationDownlinkService service(DownlinkGiven given, PayloadCodecType codec,
      String encoder) {
    directory.put(new DirectoryEntry(DEV_EUI, "device", APPLICATION, "app", Map.of(),
        Map.of("offset", "7"), new ProfileCodec(PROFILE, "profile", codec, "", encoder)));
    return new ApplicationDownlinkService(directory, CODECS, given.queueService(), given.queue,
        given.sessions);
  }

  private static DownlinkCommand data(long application, int fPort, byte... data) {
    return new DownlinkCommand(application, DEV_EUI, false, fPort, data, null);
  }

  private static DownlinkCommand object(JsonObject object) {
    return new DownlinkCommand(APPLICATION, DEV_EUI, true, 5, null, object);
  }

  @Test
  void enqueues_data_and_returns_the_next_fcnt_of_a_1_0_device() throws Exception {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");

    assertEquals(5, service.enqueue(data(APPLICATION, 10, (byte) 1, (byte) 2)));
    assertEquals(6, service.enqueue(data(APPLICATION, 11, (byte) 3)));

    List<DeviceQueueItem> items = given.queue.list(DEV_EUI);
    assertEquals(2, items.size());
    assertEquals(10, items.get(0).fPort());
    assertArrayEquals(new byte[] {1, 2}, items.get(0).data());
  }

  @Test
  void counts_from_the_afcntdown_of_a_1_1_device_and_skips_a_pending_item() throws Exception {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_1_0);
    DeviceQueueItem pending = given.enqueue(3, new byte[] {9}, true);
    given.queue.update(pending.sentPending(3, DownlinkGiven.NOW.plusSeconds(10)));
    given.session(s -> s.aFCntDown(4));
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");

    assertEquals(4, service.enqueue(data(APPLICATION, 10, (byte) 1)));
  }

  @Test
  void refuses_a_device_of_another_application() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");

    InvalidDownlinkException e =
        assertThrows(InvalidDownlinkException.class, () -> service.enqueue(data(2, 10)));
    assertTrue(e.getMessage().contains("does not belong to application 2"), e.getMessage());
    assertEquals(List.of(), given.queue.list(DEV_EUI));
  }

  @Test
  void refuses_an_unknown_device() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");
    directory.remove(DEV_EUI);

    InvalidDownlinkException e =
        assertThrows(InvalidDownlinkException.class, () -> service.enqueue(data(1, 10)));
    assertTrue(e.getMessage().contains("no device " + DEV_EUI), e.getMessage());
  }

  @Test
  void refuses_fports_outside_1_to_223() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");

    for (int fPort : new int[] {0, 224, -1}) {
      InvalidDownlinkException e = assertThrows(InvalidDownlinkException.class,
          () -> service.enqueue(data(APPLICATION, fPort)));
      assertTrue(e.getMessage().contains("1..223"), e.getMessage());
    }
    assertEquals(List.of(), given.queue.list(DEV_EUI));
  }

  @Test
  void refuses_a_payload_too_large_for_the_data_rate() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    given.session(s -> s.dr(0).rx2Dr(0));
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");

    InvalidDownlinkException e = assertThrows(InvalidDownlinkException.class,
        () -> service.enqueue(data(APPLICATION, 1, new byte[52])));
    assertTrue(e.getMessage().contains("52 bytes"), e.getMessage());
  }

  @Test
  void refuses_an_object_when_the_profile_has_no_codec() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.NONE, "");

    InvalidDownlinkException e = assertThrows(InvalidDownlinkException.class,
        () -> service.enqueue(object(Json.createObjectBuilder().add("a", 1).build())));
    assertTrue(e.getMessage().contains("no payload codec"), e.getMessage());
  }

  @Test
  void encodes_an_object_with_cayenne_lpp() throws Exception {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.CAYENNE_LPP, "");
    JsonObject object = Json.createObjectBuilder()
        .add("digitalOutput", Json.createObjectBuilder().add("3", 1)).build();

    service.enqueue(object(object));

    DeviceQueueItem item = given.queue.list(DEV_EUI).get(0);
    assertArrayEquals(new byte[] {3, 1, 1}, item.data());
    assertTrue(item.confirmed());
  }

  @Test
  void encodes_an_object_with_the_profile_script_and_the_device_variables() throws Exception {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.CUSTOM_JS,
        "function Encode(fPort, obj, variables) {"
            + " return [fPort, obj.level + parseInt(variables.offset)]; }");

    service.enqueue(object(Json.createObjectBuilder().add("level", 3).build()));

    assertArrayEquals(new byte[] {5, 10}, given.queue.list(DEV_EUI).get(0).data());
  }

  @Test
  void refuses_an_object_the_codec_cannot_encode() {
    DownlinkGiven given = new DownlinkGiven(MacVersion.LORAWAN_1_0_3);
    ApplicationDownlinkService service = service(given, PayloadCodecType.CUSTOM_JS,
        "function Encode(fPort, obj) { throw new Error('level missing'); }");

    InvalidDownlinkException e = assertThrows(InvalidDownlinkException.class,
        () -> service.enqueue(object(Json.createObjectBuilder().build())));
    assertTrue(e.getMessage().contains("level missing"), e.getMessage());
    assertEquals(List.of(), given.queue.list(DEV_EUI));
  }
}
