package io.longwave.framelog;

import static io.longwave.framelog.Frames.DEV;
import static io.longwave.framelog.Frames.GW_A;
import static io.longwave.framelog.Frames.GW_B;
import static io.longwave.framelog.Frames.T;
import static io.longwave.framelog.Frames.frame;
import static io.longwave.framelog.Frames.rx;
import static io.longwave.framelog.Frames.uplink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.frame.DownlinkTxAck;
import io.longwave.connector.api.frame.DownlinkTxAckItem;
import io.longwave.connector.api.frame.TxAckStatus;
import io.longwave.lorawan.Eui64;
import io.longwave.lorawan.MType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InMemoryFrameLogTest {

  private static final Eui64 OTHER = Eui64.parse("0202030405060709");

  private static List<Long> seconds(List<LoggedFrame> frames) {
    return frames.stream().map(f -> f.time().getEpochSecond() - T.getEpochSecond()).toList();
  }

  /** Rows of {description, capacity, frames appended, max read, seconds expected}. */
  static Stream<Arguments> rings() {
    return Stream.of(
        Arguments.of("empty", 3, 0, 10, List.of()),
        Arguments.of("fewer than the capacity", 3, 2, 10, List.of(1L, 0L)),
        Arguments.of("exactly full", 3, 3, 10, List.of(2L, 1L, 0L)),
        Arguments.of("wrapped once", 3, 5, 10, List.of(4L, 3L, 2L)),
        Arguments.of("wrapped many times", 3, 100, 10, List.of(99L, 98L, 97L)),
        Arguments.of("read fewer than held", 3, 5, 2, List.of(4L, 3L)),
        Arguments.of("read none", 3, 5, 0, List.of()),
        Arguments.of("capacity one", 1, 4, 10, List.of(3L)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rings")
  void keeps_the_newest_frames_newest_first(
      String description, int capacity, int appended, int max, List<Long> expected) {
    InMemoryFrameLog log = new InMemoryFrameLog(capacity);
    for (int i = 0; i < appended; i++) {
      log.uplink(uplink(DEV, i, GW_A));
    }
    assertEquals(expected, seconds(log.deviceFrames(DEV, max)));
    assertEquals(expected, seconds(log.gatewayFrames(GW_A, max)));
  }

  @Test
  void keeps_twenty_frames_by_default() {
    InMemoryFrameLog log = new InMemoryFrameLog();
    for (int i = 0; i < 30; i++) {
      log.uplink(uplink(DEV, i, GW_A));
    }
    assertEquals(20, log.capacity());
    assertEquals(20, log.deviceFrames(DEV, 100).size());
    assertEquals(29L, seconds(log.deviceFrames(DEV, 1)).get(0));
  }

  @Test
  void separates_devices_and_gateways() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    log.uplink(uplink(DEV, 0, GW_A));
    log.uplink(uplink(OTHER, 1, GW_B));
    log.uplink(uplink(DEV, 2, GW_A, GW_B));
    log.downlink(LoggedDownlink.sent(T.plusSeconds(3), OTHER, frame(7, GW_B)));

    assertEquals(List.of(2L, 0L), seconds(log.deviceFrames(DEV, 10)));
    assertEquals(List.of(3L, 1L), seconds(log.deviceFrames(OTHER, 10)));
    assertEquals(List.of(2L, 0L), seconds(log.gatewayFrames(GW_A, 10)));
    assertEquals(List.of(3L, 2L, 1L), seconds(log.gatewayFrames(GW_B, 10)));
    assertEquals(List.of(), log.deviceFrames(Eui64.parse("0000000000000001"), 10));
  }

  @Test
  void logs_an_uplink_once_per_gateway_whatever_its_antennas() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    LoggedUplink u = uplink(DEV, 0, GW_A);
    log.uplink(new LoggedUplink(u.time(), u.deduplicationId(), DEV, null, u.mType(),
        u.phyPayload(), u.txInfo(), List.of(rx(GW_A, 0), rx(GW_A, 1), rx(GW_B, 0))));
    assertEquals(1, log.gatewayFrames(GW_A, 10).size());
    assertEquals(1, log.gatewayFrames(GW_B, 10).size());
    assertEquals(1, log.deviceFrames(DEV, 10).size());
  }

  @Test
  void logs_an_uplink_of_an_unknown_device_for_its_gateways_only() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    log.uplink(uplink(null, 0, GW_A));
    assertEquals(1, log.gatewayFrames(GW_A, 10).size());
    assertNull(log.gatewayFrames(GW_A, 10).get(0).devEui());
  }

  @Test
  void records_the_tx_ack_on_the_device_and_gateway_entries() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    log.downlink(LoggedDownlink.sent(T, DEV, frame(7, GW_A)));
    log.txAck(new DownlinkTxAck(GW_A, 7, List.of(DownlinkTxAckItem.of(TxAckStatus.OK),
        DownlinkTxAckItem.of(TxAckStatus.IGNORED))));

    for (List<LoggedFrame> view : List.of(log.deviceFrames(DEV, 1), log.gatewayFrames(GW_A, 1))) {
      LoggedDownlink d = (LoggedDownlink) view.get(0);
      assertEquals(TxAckStatus.OK, d.txAckStatus());
      assertEquals(0, d.sentItem());
      assertEquals(MType.UNCONFIRMED_DATA_DOWN, d.mType());
    }
  }

  @Test
  void ignores_acks_of_unknown_or_already_acknowledged_downlinks() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    log.downlink(LoggedDownlink.sent(T, DEV, frame(7, GW_A)));
    log.txAck(new DownlinkTxAck(GW_A, 8, List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
    assertNull(((LoggedDownlink) log.deviceFrames(DEV, 1).get(0)).txAckStatus());

    log.txAck(new DownlinkTxAck(GW_A, 7, List.of(DownlinkTxAckItem.of(TxAckStatus.TOO_LATE))));
    log.txAck(new DownlinkTxAck(GW_A, 7, List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
    assertEquals(TxAckStatus.TOO_LATE,
        ((LoggedDownlink) log.deviceFrames(DEV, 1).get(0)).txAckStatus(),
        "a repeated acknowledgement does not overwrite the first");
  }

  @Test
  void an_ack_of_a_downlink_pushed_out_of_its_ring_changes_nothing() {
    InMemoryFrameLog log = new InMemoryFrameLog(2);
    log.downlink(LoggedDownlink.sent(T, DEV, frame(7, GW_A)));
    log.uplink(uplink(DEV, 1, GW_A));
    log.uplink(uplink(DEV, 2, GW_A));
    log.txAck(new DownlinkTxAck(GW_A, 7, List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
    assertEquals(List.of(2L, 1L), seconds(log.deviceFrames(DEV, 10)));
    assertEquals(List.of(2L, 1L), seconds(log.gatewayFrames(GW_A, 10)));
  }

  @Test
  void calls_subscribers_of_the_device_until_they_close() throws Exception {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    List<LoggedFrame> mine = new ArrayList<>();
    List<LoggedFrame> others = new ArrayList<>();
    AutoCloseable a = log.subscribe(DEV, mine::add);
    AutoCloseable b = log.subscribe(OTHER, others::add);
    log.uplink(uplink(DEV, 0, GW_A));
    log.downlink(LoggedDownlink.sent(T.plusSeconds(1), DEV, frame(7, GW_A)));
    log.txAck(new DownlinkTxAck(GW_A, 7, List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
    a.close();
    log.uplink(uplink(DEV, 2, GW_A));

    assertEquals(3, mine.size());
    assertEquals(TxAckStatus.OK, ((LoggedDownlink) mine.get(2)).txAckStatus());
    assertEquals(List.of(), others);
    b.close();
  }

  @Test
  void calls_subscribers_of_the_gateway_once_per_frame_until_they_close() throws Exception {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    List<LoggedFrame> a = new ArrayList<>();
    List<LoggedFrame> b = new ArrayList<>();
    AutoCloseable subA = log.subscribeGateway(GW_A, a::add);
    AutoCloseable subB = log.subscribeGateway(GW_B, b::add);
    LoggedUplink heardTwiceByA = new LoggedUplink(T, new java.util.UUID(0, 9), null, null,
        io.longwave.lorawan.MType.JOIN_REQUEST, Frames.DATA_UP,
        uplink(DEV, 0, GW_A).txInfo(), List.of(rx(GW_A, 0), rx(GW_A, 1), rx(GW_B, 0)));
    log.uplink(heardTwiceByA);
    log.downlink(LoggedDownlink.sent(T.plusSeconds(1), DEV, frame(7, GW_A)));
    log.txAck(new DownlinkTxAck(GW_A, 7, List.of(DownlinkTxAckItem.of(TxAckStatus.OK))));
    subA.close();
    log.uplink(uplink(DEV, 2, GW_A, GW_B));

    assertEquals(3, a.size(), "one uplink without DevEUI, the downlink, its acknowledgement");
    assertEquals(TxAckStatus.OK, ((LoggedDownlink) a.get(2)).txAckStatus());
    assertEquals(2, b.size(), "the two uplinks it heard");
    subB.close();
    log.uplink(uplink(DEV, 3, GW_B));
    assertEquals(2, b.size());
  }

  @Test
  void a_failing_subscriber_does_not_stop_the_others_or_the_log() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    List<LoggedFrame> seen = new ArrayList<>();
    log.subscribe(DEV, f -> {
      throw new IllegalStateException("broken stream");
    });
    log.subscribe(DEV, seen::add);
    log.uplink(uplink(DEV, 0, GW_A));
    assertEquals(1, seen.size());
    assertEquals(1, log.deviceFrames(DEV, 10).size());
  }

  @Test
  void keeps_every_concurrent_append_up_to_the_capacity() throws Exception {
    int threads = 8;
    int perThread = 2_000;
    InMemoryFrameLog log = new InMemoryFrameLog(50);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < threads; t++) {
      int thread = t;
      pool.execute(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
        for (int i = 0; i < perThread; i++) {
          LoggedUplink u = uplink(DEV, i, GW_A);
          log.uplink(new LoggedUplink(u.time(), new UUID(thread, i), DEV, null, u.mType(),
              u.phyPayload(), u.txInfo(), u.rxInfo()));
        }
      });
    }
    start.countDown();
    pool.shutdown();
    assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));

    List<LoggedFrame> kept = log.deviceFrames(DEV, 100);
    assertEquals(50, kept.size());
    Set<UUID> ids = new HashSet<>();
    for (LoggedFrame f : kept) {
      ids.add(((LoggedUplink) f).deduplicationId());
    }
    assertEquals(50, ids.size(), "no slot written twice or lost");
    // each thread's frames appear in its own order, newest first
    Map<Long, Long> lastSeenPerThread = new HashMap<>();
    for (LoggedFrame f : kept) {
      UUID id = ((LoggedUplink) f).deduplicationId();
      Long previous = lastSeenPerThread.put(id.getMostSignificantBits(),
          id.getLeastSignificantBits());
      assertTrue(previous == null || previous > id.getLeastSignificantBits());
    }
  }

  @Test
  void rejects_a_negative_max_and_an_empty_ring() {
    InMemoryFrameLog log = new InMemoryFrameLog(10);
    assertThrows(IllegalArgumentException.class, () -> log.deviceFrames(DEV, -1));
    assertThrows(IllegalArgumentException.class, () -> new InMemoryFrameLog(0));
  }

  /** Rows of {description, configured value, size or null when refused}. */
  static Stream<Arguments> sizes() {
    return Stream.of(
        Arguments.of("unset", null, 20),
        Arguments.of("blank", " ", 20),
        Arguments.of("a number", " 50 ", 50),
        Arguments.of("zero", "0", null),
        Arguments.of("too large", "10001", null),
        Arguments.of("not a number", "ten", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sizes")
  void reads_the_configured_size(String description, String value, Integer expected) {
    if (expected == null) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> InMemoryFrameLog.configuredSize(k -> value));
      assertTrue(e.getMessage().contains(InMemoryFrameLog.SIZE_KEY), e.getMessage());
    } else {
      assertEquals(expected,
          InMemoryFrameLog.configuredSize(k -> k.equals(InMemoryFrameLog.SIZE_KEY) ? value : null));
    }
  }
}
