package io.longwave.domain.networkserver;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A network server as ChirpStack v3's application server registers them. Longwave is its own
 * network server: row {@value #BUILT_IN_ID} stands for it; rows that scripts create are kept
 * so that their profiles and gateways can refer to them, and are served by the same built-in
 * network server.
 */
@Entity
@Table(name = "network_server")
public class NetworkServer {

  /** The built-in network server's id. */
  public static final long BUILT_IN_ID = 1;

  @Id
  @SequenceGenerator(name = "network_server_seq", sequenceName = "network_server_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "network_server_seq")
  private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(nullable = false, length = 255)
  private String server;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NetworkServer() {}

  public NetworkServer(String name, String server, Instant now) {
    this.createdAt = now;
    update(name, server, now);
  }

  public void update(String newName, String newServer, Instant now) {
    this.name = newName;
    this.server = newServer;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String server() {
    return server;
  }

  public boolean isBuiltIn() {
    return id != null && id == BUILT_IN_ID;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
