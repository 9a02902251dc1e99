package io.longwave.application;

import io.longwave.domain.organization.Organization;
import io.longwave.domain.organization.OrganizationRepository;
import io.longwave.domain.organization.OrganizationRole;
import io.longwave.domain.organization.OrganizationSettings;
import io.longwave.domain.organization.OrganizationUser;
import io.longwave.domain.user.User;
import io.longwave.domain.user.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start, when no global admin exists, creates one. Its password comes from {@code
 * longwave.admin.password}; when that is empty a random password is generated and logged once,
 * so there is never a fixed default password. Later starts change nothing, even when the
 * configured password changes: passwords are changed through the API or the console. With the
 * first admin it creates the default organization {@value #DEFAULT_ORGANIZATION} (as ChirpStack
 * creates "chirpstack"), which may have gateways, with the admin as its admin.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdminBootstrap {

  private static final Logger LOG = System.getLogger(AdminBootstrap.class.getName());
  private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final int GENERATED_LENGTH = 20;

  static final String DEFAULT_ORGANIZATION = "longwave";

  @Inject private UserRepository users;
  @Inject private OrganizationRepository organizations;
  @Inject private PasswordHashing passwords;

  @Inject
  @ConfigProperty(name = "longwave.admin.email", defaultValue = "admin")
  private String adminEmail;

  /** Empty values count as absent in MicroProfile Config, hence the Optional. */
  @Inject
  @ConfigProperty(name = "longwave.admin.password")
  private Optional<String> adminPassword;

  @PostConstruct
  void createFirstAdmin() {
    if (users.countAdmins() > 0) {
      return;
    }
    String configured = adminPassword.map(String::strip).orElse("");
    boolean generated = configured.isEmpty();
    String password = generated ? generatePassword(new SecureRandom()) : configured;
    Instant now = Instant.now(Clock.systemUTC());
    User admin = new User(adminEmail, passwords.hash(password), true, now);
    users.add(admin);
    if (organizations.findByName(DEFAULT_ORGANIZATION).isEmpty()) {
      Organization org = organizations.add(new Organization(
          new OrganizationSettings(DEFAULT_ORGANIZATION, "Longwave", true, 0, 0), now));
      organizations.addMember(
          new OrganizationUser(org.id(), admin.id(), OrganizationRole.ADMIN, now));
    }
    if (generated) {
      LOG.log(
          Level.WARNING,
          "created the admin user \"{0}\" with the generated password {1} ; it is shown only "
              + "this once: sign in and change it, or set LONGWAVE_ADMIN_PASSWORD before the "
              + "first start",
          adminEmail,
          password);
    } else {
      LOG.log(
          Level.INFO,
          "created the admin user \"{0}\" with the password from longwave.admin.password",
          adminEmail);
    }
  }

  /** A random password of letters and digits without look-alike characters. */
  static String generatePassword(SecureRandom random) {
    StringBuilder sb = new StringBuilder(GENERATED_LENGTH);
    for (int i = 0; i < GENERATED_LENGTH; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
