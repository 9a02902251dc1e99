package io.longwave.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * A person or script that signs in to the API and the console. The password is kept only as a
 * PBKDF2 hash (Jakarta Security's {@code Pbkdf2PasswordHash} format); a global admin may manage
 * every organization.
 */
@Entity
@Table(name = "app_user")
public class User {

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(name = "is_admin", nullable = false)
  private boolean admin;

  @Column(name = "is_active", nullable = false)
  private boolean active;

  @Column(name = "session_ttl", nullable = false)
  private int sessionTtl;

  @Column(nullable = false, length = 1000)
  private String note = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected User() {}

  /** A new active user; {@code email} is stored lower case. */
  public User(String email, String passwordHash, boolean admin, Instant now) {
    this.email = email.trim().toLowerCase(Locale.ROOT);
    this.passwordHash = passwordHash;
    this.admin = admin;
    this.active = true;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean isAdmin() {
    return admin;
  }

  public boolean isActive() {
    return active;
  }

  public int sessionTtl() {
    return sessionTtl;
  }

  public String note() {
    return note;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** Replaces what an admin sets on a user; {@code email} is stored lower case. */
  public void update(
      String newEmail, boolean isAdmin, boolean isActive, int newSessionTtl, String newNote,
      Instant now) {
    this.email = newEmail.trim().toLowerCase(Locale.ROOT);
    this.admin = isAdmin;
    this.active = isActive;
    this.sessionTtl = newSessionTtl;
    this.note = newNote == null ? "" : newNote;
    this.updatedAt = now;
  }

  /** Replaces the password hash. */
  public void changePasswordHash(String newHash, Instant now) {
    this.passwordHash = newHash;
    this.updatedAt = now;
  }
}
