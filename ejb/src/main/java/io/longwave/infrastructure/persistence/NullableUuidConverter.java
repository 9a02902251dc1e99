package io.longwave.infrastructure.persistence;

import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * A {@link UUID} attribute to and from its column, null staying null: the driver takes the UUID
 * itself (PostgreSQL {@code uuid}, H2 {@code UUID}); read back it may come as a UUID, its
 * string form or 16 bytes. Installed by {@link UuidColumns}.
 */
final class NullableUuidConverter implements Converter {

  @Override
  public Object convertObjectValueToDataValue(Object objectValue, Session session) {
    return objectValue;
  }

  @Override
  public Object convertDataValueToObjectValue(Object dataValue, Session session) {
    if (dataValue == null || dataValue instanceof UUID) {
      return dataValue;
    }
    if (dataValue instanceof byte[] b && b.length == 16) {
      ByteBuffer buffer = ByteBuffer.wrap(b);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(dataValue.toString());
  }

  @Override
  public boolean isMutable() {
    return false;
  }

  @Override
  public void initialize(DatabaseMapping mapping, Session session) {}
}
