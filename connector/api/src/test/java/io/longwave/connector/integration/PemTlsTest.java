package io.longwave.connector.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.connector.api.MqttIntegrationSettings;
import io.longwave.connector.api.MqttPublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PEM keys and certificates, and mutual TLS against a Mosquitto that requires a certificate. */
class PemTlsTest {

  @TempDir static Path dir;
  static TestCertificates certs;
  static MosquittoBroker broker;
  static ExecutorService executor = Executors.newCachedThreadPool();

  @BeforeAll
  static void start() throws Exception {
    certs = new TestCertificates(dir);
    broker =
        new MosquittoBroker(
            dir,
            "cafile " + certs.ca,
            "certfile " + certs.server,
            "keyfile " + certs.serverKey,
            "require_certificate true");
  }

  @AfterAll
  static void stop() throws Exception {
    executor.shutdownNow();
    broker.close();
  }

  @Test
  void reads_pkcs1_rsa_and_pkcs8_ec_keys() throws IOException {
    assertEquals("RSA", PemTls.privateKey(certs.caKey.toString()).getAlgorithm());
    assertEquals("RSA", PemTls.privateKey(certs.serverKey.toString()).getAlgorithm());
    assertEquals("EC", PemTls.privateKey(certs.clientKey.toString()).getAlgorithm());
  }

  @Test
  void refuses_sec1_keys_and_files_without_a_key_with_a_reason() {
    IOException sec1 =
        assertThrows(IOException.class, () -> PemTls.privateKey(certs.clientKeySec1.toString()));
    assertTrue(sec1.getMessage().contains("openssl pkcs8"), sec1.getMessage());
    IOException none =
        assertThrows(IOException.class, () -> PemTls.privateKey(certs.ca.toString()));
    assertTrue(none.getMessage().contains("no PEM private key"), none.getMessage());
  }

  @Test
  void a_certificate_without_its_key_is_refused() {
    IOException e =
        assertThrows(
            IOException.class,
            () -> PemTls.socketFactory(certs.ca.toString(), certs.client.toString(), null));
    assertTrue(e.getMessage().contains("key file"));
  }

  @Test
  void unreadable_tls_files_make_configuration_fail_with_the_file_name() throws IOException {
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a certificate");
    MqttIntegrationRuntime runtime = new MqttIntegrationRuntime(executor);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> runtime.configure(settings(junk.toString(), null, null)));
    assertTrue(e.getMessage().contains("junk.pem"), e.getMessage());
  }

  @Test
  void connects_with_the_client_certificate_and_publishes() throws Exception {
    MqttIntegrationRuntime runtime = new MqttIntegrationRuntime(executor);
    try {
      runtime.configure(
          settings(certs.ca.toString(), certs.client.toString(), certs.clientKey.toString()));
      MqttIntegrationLinkTest.await(runtime::isConnected);
      runtime.publish("application/1/device/01/event/up", "{}".getBytes(), 1, false);
    } finally {
      runtime.shutdown();
    }
  }

  @Test
  void without_a_client_certificate_the_broker_refuses_and_publishing_fails() throws Exception {
    MqttIntegrationRuntime runtime = new MqttIntegrationRuntime(executor);
    try {
      runtime.configure(settings(certs.ca.toString(), null, null));
      Thread.sleep(1500);
      assertFalse(runtime.isConnected());
      assertThrows(MqttPublishException.class, () -> runtime.publish("t", new byte[1], 1, false));
      assertTrue(runtime.counters().getOrDefault("integration.mqtt.connect_failures", 0L) >= 1);
    } finally {
      runtime.shutdown();
    }
  }

  private static MqttIntegrationSettings settings(String ca, String cert, String key) {
    return new MqttIntegrationSettings(
        broker.uri("ssl"), null, null, "", "", 1, ca, cert, key, Duration.ofSeconds(1));
  }
}
