package io.longwave.infrastructure.persistence;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import io.longwave.application.directory.CachingDeviceDirectory;
import io.longwave.application.directory.DeviceDirectory;
import io.longwave.application.directory.DirectoryEntry;
import io.longwave.application.directory.ProfileCodec;
import io.longwave.codec.PayloadCodecType;
import io.longwave.infrastructure.config.Durations;
import io.longwave.lorawan.Eui64;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link DeviceDirectory} over the management tables ({@code device}, {@code device_profile},
 * {@code application}) with one native query, cached for {@code
 * longwave.application.directory-cache-ttl} (default 10 s). Tags and variables that are not JSON
 * objects of strings are read as empty (and logged); an unknown codec name as no codec.
 */
@ApplicationScoped
public class JpaDeviceDirectory implements DeviceDirectory {

  private static final Logger LOG = System.getLogger(JpaDeviceDirectory.class.getName());

  private static final String FIND =
      "select d.dev_eui, d.name, d.application_id, a.name, d.tags, d.variables,"
          + " p.id, p.name, p.payload_codec, p.payload_decoder_script, p.payload_encoder_script"
          + " from device d"
          + " join device_profile p on p.id = d.device_profile_id"
          + " left join application a on a.id = d.application_id"
          + " where d.dev_eui = ?1";

  private static final int CACHE_CAPACITY = 100_000;

  @PersistenceContext(unitName = "longwave")
  private EntityManager em;

  @Inject
  @ConfigProperty(name = "longwave.application.directory-cache-ttl", defaultValue = "10s")
  private String cacheTtl;

  private CachingDeviceDirectory cache;

  public JpaDeviceDirectory() {}

  /** Outside the container, on the caller's entity manager, without a cache. */
  JpaDeviceDirectory(EntityManager em) {
    this.em = em;
  }

  @PostConstruct
  void init() {
    cache =
        new CachingDeviceDirectory(
            this::query,
            Durations.parse("longwave.application.directory-cache-ttl", cacheTtl),
            CACHE_CAPACITY,
            Clock.systemUTC());
  }

  @Override
  public Optional<DirectoryEntry> find(Eui64 devEui) {
    return cache == null ? query(devEui) : cache.find(devEui);
  }

  /** Forgets what is cached of a device. */
  public void evict(Eui64 devEui) {
    if (cache != null) {
      cache.evict(devEui);
    }
  }

  Optional<DirectoryEntry> query(Eui64 devEui) {
    List<?> rows =
        em.createNativeQuery(FIND).setParameter(1, devEui.toString()).getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] r = (Object[]) rows.get(0);
    String codecName = text(r[8]);
    PayloadCodecType codec =
        PayloadCodecType.ofStoredName(codecName)
            .orElseGet(
                () -> {
                  LOG.log(Level.WARNING, "profile {0} has unknown payload codec ''{1}''; using none",
                      r[6], codecName);
                  return PayloadCodecType.NONE;
                });
    ProfileCodec profile =
        new ProfileCodec(uuid(r[6]), text(r[7]), codec, text(r[9]), text(r[10]));
    return Optional.of(
        new DirectoryEntry(
            devEui,
            text(r[1]),
            ((Number) r[2]).longValue(),
            text(r[3]),
            stringMap(devEui, "tags", text(r[4])),
            stringMap(devEui, "variables", text(r[5])),
            profile));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static UUID uuid(Object value) {
    return value instanceof UUID u ? u : UUID.fromString(value.toString());
  }

  /** A JSON object of strings; other values are written as their JSON text. */
  static Map<String, String> stringMap(Eui64 devEui, String column, String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> e : object.entrySet()) {
        out.put(e.getKey(),
            e.getValue() instanceof JsonString s ? s.getString() : e.getValue().toString());
      }
      return out;
    } catch (JsonException | IllegalStateException e) {
      LOG.log(Level.WARNING, "device {0}: {1} is not a JSON object ({2})", devEui, column,
          e.getMessage());
      return Map.of();
    }
  }
}
