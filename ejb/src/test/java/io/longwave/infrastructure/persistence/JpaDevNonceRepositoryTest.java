package io.longwave.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.lorawan.Eui64;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link JpaDevNonceRepository} on H2 and PostgreSQL, alone and from concurrent transactions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDevNonceRepositoryTest {

  private static final Eui64 JOIN_EUI = Eui64.parse("70b3d57ed0000000");
  private static final int JOIN = 0xff;

  private List<TestDatabase> databases;
  private ExecutorService threads;

  @BeforeAll
  void openDatabases() {
    databases = TestDatabase.both("dev_nonce_test").toList();
    threads = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  void closeDatabases() {
    threads.shutdownNow();
    databases.forEach(TestDatabase::close);
  }

  Stream<TestDatabase> databases() {
    return databases.stream();
  }

  private static int highest(TestDatabase db, Eui64 devEui) {
    return db.inTransaction(em -> new JpaDevNonceRepository(em).highest(devEui, JOIN_EUI));
  }

  private static boolean use(TestDatabase db, Eui64 devEui, Eui64 joinEui, int nonce, int type) {
    return db.inTransaction(em -> new JpaDevNonceRepository(em).use(devEui, joinEui, nonce, type));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void accepts_a_nonce_once(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    assertTrue(use(db, dev, JOIN_EUI, 0x1234, JOIN));
    assertFalse(use(db, dev, JOIN_EUI, 0x1234, JOIN), "replayed DevNonce");
    assertTrue(use(db, dev, JOIN_EUI, 0x1235, JOIN));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void keeps_nonces_apart_by_join_eui_and_request_type(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    assertTrue(use(db, dev, JOIN_EUI, 7, JOIN));
    assertTrue(use(db, dev, Eui64.parse("0000000000000001"), 7, JOIN));
    assertTrue(use(db, dev, JOIN_EUI, 7, 0));
    assertTrue(use(db, dev, JOIN_EUI, 7, 2));
    assertFalse(use(db, dev, JOIN_EUI, 7, 2));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_refused_nonce_leaves_the_callers_transaction_usable(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    assertTrue(use(db, dev, JOIN_EUI, 1, JOIN));
    boolean second =
        db.inTransaction(
            em -> {
              JpaDevNonceRepository nonces = new JpaDevNonceRepository(em);
              boolean refused = nonces.use(dev, JOIN_EUI, 1, JOIN);
              assertFalse(em.getTransaction().getRollbackOnly());
              return refused || nonces.use(dev, JOIN_EUI, 2, JOIN);
            });
    assertTrue(second, "the second nonce of the same transaction is stored");
    assertEquals(2, highest(db, dev));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void the_highest_nonce_counts_join_requests_only(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    assertEquals(-1, highest(db, dev));
    use(db, dev, JOIN_EUI, 5, JOIN);
    use(db, dev, JOIN_EUI, 65535, 1);
    use(db, dev, JOIN_EUI, 9, JOIN);
    use(db, dev, JOIN_EUI, 3, JOIN);
    use(db, dev, Eui64.parse("0000000000000001"), 40000, JOIN);
    assertEquals(9, highest(db, dev));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void flushing_forgets_the_devices_nonces_only(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    Eui64 other = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    use(db, dev, JOIN_EUI, 5, JOIN);
    use(db, other, JOIN_EUI, 5, JOIN);
    db.run(em -> new JpaDevNonceRepository(em).flush(dev));
    assertTrue(use(db, dev, JOIN_EUI, 5, JOIN), "forgotten");
    assertFalse(use(db, other, JOIN_EUI, 5, JOIN), "kept");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void refuses_a_nonce_of_an_unknown_device(TestDatabase db) {
    assertThrows(IllegalStateException.class,
        () -> use(db, Fixtures.devEui(), JOIN_EUI, 1, JOIN));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void of_two_concurrent_uses_of_a_nonce_one_wins(TestDatabase db) throws Exception {
    for (int round = 0; round < 5; round++) {
      Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<Boolean>> results =
          List.of(
              threads.submit(() -> {
                start.await();
                return use(db, dev, JOIN_EUI, 0xabcd, JOIN);
              }),
              threads.submit(() -> {
                start.await();
                return use(db, dev, JOIN_EUI, 0xabcd, JOIN);
              }));
      int wins = 0;
      for (Future<Boolean> r : results) {
        wins += r.get(20, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertEquals(1, wins, "round " + round);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_second_use_waits_for_the_first_transaction_and_then_loses(TestDatabase db)
      throws Exception {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    CountDownLatch firstUsed = new CountDownLatch(1);
    CountDownLatch commitFirst = new CountDownLatch(1);
    Future<Boolean> first =
        threads.submit(() -> {
          EntityManager em = db.entityManager();
          try {
            em.getTransaction().begin();
            boolean won = new JpaDevNonceRepository(em).use(dev, JOIN_EUI, 42, JOIN);
            firstUsed.countDown();
            commitFirst.await();
            em.getTransaction().commit();
            return won;
          } finally {
            em.close();
          }
        });
    assertTrue(firstUsed.await(20, TimeUnit.SECONDS));
    Future<Boolean> second = threads.submit(() -> use(db, dev, JOIN_EUI, 42, JOIN));
    assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS),
        "the second use waits for the first transaction");
    commitFirst.countDown();
    assertTrue(first.get(20, TimeUnit.SECONDS));
    assertFalse(second.get(20, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_nonce_of_a_rolled_back_join_is_free_again(TestDatabase db) {
    Eui64 dev = Fixtures.storeDevice(db, Fixtures.devEui()).devEui();
    EntityManager em = db.entityManager();
    try {
      em.getTransaction().begin();
      assertTrue(new JpaDevNonceRepository(em).use(dev, JOIN_EUI, 77, JOIN));
      em.getTransaction().rollback();
    } finally {
      em.close();
    }
    assertTrue(use(db, dev, JOIN_EUI, 77, JOIN));
  }
}
