package io.longwave.infrastructure.persistence;

import java.lang.reflect.Field;
import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Makes nullable {@link UUID} columns work with EclipseLink 4.0 on PostgreSQL and H2. EclipseLink
 * binds a null UUID with {@code setNull(VARCHAR)}, which PostgreSQL refuses for a {@code uuid}
 * column ("is of type uuid but expression is of type character varying"): bound as {@link
 * Types#OTHER} the server infers the column's type. And its own UUID converter fails on a null
 * column value when reading: {@link NullableUuidConverter} replaces it. Registered as {@code
 * eclipselink.session.customizer} in {@code persistence.xml}.
 */
public class UuidColumns implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    for (ClassDescriptor d : session.getDescriptors().values()) {
      for (DatabaseMapping m : d.getMappings()) {
        if (m instanceof DirectToFieldMapping direct
            && isUuid(d.getJavaClass(), m.getAttributeName())) {
          direct.getField().setSqlType(Types.OTHER);
          direct.setConverter(new NullableUuidConverter());
        }
      }
    }
  }

  private static boolean isUuid(Class<?> type, String attribute) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(attribute);
        return f.getType() == UUID.class;
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return false;
  }
}
