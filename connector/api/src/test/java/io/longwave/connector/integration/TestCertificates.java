package io.longwave.connector.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A CA, a broker certificate for 127.0.0.1 and a client certificate, made with the openssl
 * command line: the CA key as PKCS#1 RSA, the broker key as PKCS#8 RSA, the client key as PKCS#8
 * EC, plus the client key in SEC1 form.
 */
final class TestCertificates {

  final Path ca;
  final Path caKey;
  final Path server;
  final Path serverKey;
  final Path client;
  final Path clientKey;
  final Path clientKeySec1;

  TestCertificates(Path dir) throws IOException, InterruptedException {
    ca = dir.resolve("ca.pem");
    caKey = dir.resolve("ca.key");
    server = dir.resolve("server.pem");
    serverKey = dir.resolve("server.key");
    client = dir.resolve("client.pem");
    clientKey = dir.resolve("client.key");
    clientKeySec1 = dir.resolve("client-sec1.key");
    Path ext = dir.resolve("san.ext");
    Files.writeString(ext, "subjectAltName=IP:127.0.0.1\n");
    openssl(dir, "genrsa", "-traditional", "-out", caKey.toString(), "2048");
    openssl(dir, "req", "-x509", "-new", "-key", caKey.toString(), "-subj", "/CN=test-ca",
        "-days", "2", "-out", ca.toString());
    openssl(dir, "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
        "-out", serverKey.toString());
    signed(dir, serverKey, "/CN=127.0.0.1", server, ext);
    openssl(dir, "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
        "-out", clientKey.toString());
    openssl(dir, "ec", "-in", clientKey.toString(), "-out", clientKeySec1.toString());
    signed(dir, clientKey, "/CN=longwave-test-client", client, null);
    // Mosquitto started as root reads its files after switching to its own user.
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (var files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
      }
    }
  }

  private void signed(Path dir, Path key, String subject, Path out, Path ext)
      throws IOException, InterruptedException {
    Path csr = dir.resolve(out.getFileName() + ".csr");
    openssl(dir, "req", "-new", "-key", key.toString(), "-subj", subject, "-out", csr.toString());
    List<String> args = new ArrayList<>(List.of("x509", "-req", "-in", csr.toString(),
        "-CA", ca.toString(), "-CAkey", caKey.toString(), "-CAcreateserial", "-days", "2",
        "-out", out.toString()));
    if (ext != null) {
      args.addAll(List.of("-extfile", ext.toString()));
    }
    openssl(dir, args.toArray(new String[0]));
  }

  private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("openssl");
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("openssl.log").toFile())
            .start();
    if (p.waitFor() != 0) {
      throw new IOException("openssl " + String.join(" ", args) + " failed: "
          + Files.readString(dir.resolve("openssl.log")));
    }
  }
}
