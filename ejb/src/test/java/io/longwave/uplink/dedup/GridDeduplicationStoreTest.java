package io.longwave.uplink.dedup;

import static io.longwave.uplink.dedup.Copies.EU868_SF7;
import static io.longwave.uplink.dedup.Copies.heard;
import static io.longwave.uplink.dedup.Copies.uplink;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.cache.impl.HazelcastServerCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.longwave.connector.api.frame.UplinkFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.spi.CachingProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Hazelcast members in this JVM play two Longwave instances of one cluster, each with its own
 * cache manager on the same grid cache, as Payara's instances share their data grid.
 */
class GridDeduplicationStoreTest {

  private static HazelcastInstance memberA;
  private static HazelcastInstance memberB;
  private static CachingProvider providerA;
  private static CachingProvider providerB;
  private static GridDeduplicationStore storeA;
  private static GridDeduplicationStore storeB;

  @BeforeAll
  static void startGrid() throws Exception {
    String cluster = "longwave-test-" + UUID.randomUUID();
    memberA = Hazelcast.newHazelcastInstance(member(cluster));
    memberB = Hazelcast.newHazelcastInstance(member(cluster));
    // One caching provider per member, each on the default URI: the cache names are then the
    // same on both, as on two Payara instances.
    providerA = new HazelcastServerCachingProvider(memberA);
    providerB = new HazelcastServerCachingProvider(memberB);
    storeA = GridDeduplicationStore.open(providerA.getCacheManager(), Duration.ofSeconds(30));
    storeB = GridDeduplicationStore.open(providerB.getCacheManager(), Duration.ofSeconds(30));
  }

  private static Config member(String cluster) {
    Config c = new Config().setClusterName(cluster);
    c.setProperty("hazelcast.logging.type", "jdk");
    c.setProperty("hazelcast.phone.home.enabled", "false");
    c.getNetworkConfig().setPort(5901).setPortAutoIncrement(true);
    JoinConfig join = c.getNetworkConfig().getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:5901").addMember("127.0.0.1:5902");
    c.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    return c;
  }

  @AfterAll
  static void stopGrid() {
    for (CachingProvider p : new CachingProvider[] {providerA, providerB}) {
      if (p != null) {
        p.close();
      }
    }
    Hazelcast.shutdownAll();
  }

  @Test
  void the_two_members_form_one_grid() {
    assertEquals(2, memberA.getCluster().getMembers().size());
  }

  @Test
  void a_copy_on_the_other_instance_joins_the_window_and_is_collected() {
    DeduplicationKey key = DeduplicationKey.of(heard(uplink(1), EU868_SF7, 1, 0, 0));
    assertTrue(storeA.add(key, heard(uplink(1), EU868_SF7, 1, 4, -90)));
    assertFalse(storeB.add(key, heard(uplink(1), EU868_SF7, 2, 6, -80)));

    List<UplinkFrame> copies = storeA.close(key);
    assertEquals(List.of(1L, 2L), copies.stream().map(f -> f.rxInfo().gatewayId().value()).toList());
    assertFalse(storeB.add(key, heard(uplink(1), EU868_SF7, 3, 6, -80)), "late copy");
    assertEquals(List.of(), storeB.close(key), "closed once");

    storeA.forget(key);
    assertTrue(storeB.add(key, heard(uplink(1), EU868_SF7, 3, 6, -80)), "forgotten: new window");
    storeB.forget(key);
  }

  @Test
  void concurrent_copies_on_both_instances_open_each_window_once_and_lose_none()
      throws Exception {
    int uplinks = 200;
    int copiesPerInstance = 2;
    AtomicInteger leaders = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < 2 * copiesPerInstance; t++) {
      GridDeduplicationStore store = t % 2 == 0 ? storeA : storeB;
      long gw = t + 1;
      tasks.add(
          () -> {
            for (int n = 1000; n < 1000 + uplinks; n++) {
              if (store.add(DeduplicationKey.of(heard(uplink(n), EU868_SF7, gw, 0, 0)),
                  heard(uplink(n), EU868_SF7, gw, 0, 0))) {
                leaders.incrementAndGet();
              }
            }
            return null;
          });
    }
    for (Future<Void> f : pool.invokeAll(tasks)) {
      f.get();
    }
    pool.shutdown();

    assertEquals(uplinks, leaders.get(), "exactly one copy opened each window");
    for (int n = 1000; n < 1000 + uplinks; n++) {
      DeduplicationKey key = DeduplicationKey.of(heard(uplink(n), EU868_SF7, 1, 0, 0));
      GridDeduplicationStore closer = n % 2 == 0 ? storeA : storeB;
      assertEquals(2 * copiesPerInstance, closer.close(key).size(), "every copy of " + n);
      closer.forget(key);
    }
  }
}
