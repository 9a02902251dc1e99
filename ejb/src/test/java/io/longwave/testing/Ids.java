package io.longwave.testing;

import java.lang.reflect.Field;

/** Sets the generated {@code id} of an entity, as the database sequence does on persist. */
final class Ids {

  private Ids() {}

  static void assign(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot set the id of " + entity, e);
    }
  }
}
