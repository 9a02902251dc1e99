package io.longwave.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.integration.mqtt.MqttIntegration;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.Externalizable;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code @EJB} reference of the module names a local business view some bean of the module
 * offers (EJB 4.0 §4.9.8): a bean class referenced by its class must have a no-interface view,
 * that is implement no business interface or be annotated {@link LocalBean}. Otherwise the
 * container takes the reference for a remote one and fails each time it creates the referring
 * bean, which for a message-driven bean drops every message.
 */
class EjbReferencesTest {

  @Test
  void every_ejb_reference_resolves_to_a_local_view_of_a_bean_of_the_module() throws Exception {
    List<Class<?>> classes = moduleClasses();
    List<Class<?>> beans = classes.stream().filter(EjbReferencesTest::isSessionBean).toList();
    assertTrue(beans.contains(MqttIntegration.class), "the scan found the module's beans");
    List<String> unresolved = new ArrayList<>();
    int references = 0;
    for (Class<?> c : classes) {
      for (Field f : c.getDeclaredFields()) {
        EJB ref = f.getAnnotation(EJB.class);
        if (ref == null || !ref.lookup().isEmpty() || !ref.beanName().isEmpty()) {
          continue;
        }
        references++;
        Class<?> type = f.getType();
        boolean resolved = type.isInterface()
            ? beans.stream().anyMatch(type::isAssignableFrom)
            : isSessionBean(type) && hasNoInterfaceView(type);
        if (!resolved) {
          unresolved.add(c.getSimpleName() + "." + f.getName() + " -> " + type.getName());
        }
      }
    }
    assertTrue(references > 10, "found " + references + " references");
    assertEquals(List.of(), unresolved);
  }

  /**
   * With {@link LocalBean}, the interfaces a bean implements are business interfaces only when
   * {@link Local} names them (EJB 4.0 §4.9.8); one left out disappears as a CDI bean type too, so
   * an {@code Instance} of it no longer finds the bean.
   */
  @Test
  void a_local_bean_that_implements_an_interface_keeps_it_as_a_local_view() throws Exception {
    List<String> lost = new ArrayList<>();
    for (Class<?> bean : moduleClasses()) {
      if (!isSessionBean(bean) || !bean.isAnnotationPresent(LocalBean.class)) {
        continue;
      }
      List<Class<?>> declared = bean.isAnnotationPresent(Local.class)
          ? List.of(bean.getAnnotation(Local.class).value()) : List.of();
      for (Class<?> i : businessInterfaces(bean)) {
        if (!declared.contains(i) && !i.isAnnotationPresent(Local.class)) {
          lost.add(bean.getSimpleName() + " -> " + i.getName());
        }
      }
    }
    assertEquals(List.of(), lost);
  }

  @Test
  void a_bean_with_a_business_interface_and_no_local_bean_annotation_has_no_no_interface_view() {
    @Singleton
    class WithInterface implements Runnable {
      @Override
      public void run() {}
    }
    @Singleton
    @LocalBean
    class Annotated implements Runnable {
      @Override
      public void run() {}
    }
    @Singleton
    class Plain implements Serializable {}
    assertEquals(false, hasNoInterfaceView(WithInterface.class));
    assertTrue(hasNoInterfaceView(Annotated.class));
    assertTrue(hasNoInterfaceView(Plain.class));
  }

  private static boolean isSessionBean(Class<?> c) {
    return c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
        || c.isAnnotationPresent(Stateful.class);
  }

  private static boolean hasNoInterfaceView(Class<?> bean) {
    return bean.isAnnotationPresent(LocalBean.class) || businessInterfaces(bean).isEmpty();
  }

  private static List<Class<?>> businessInterfaces(Class<?> bean) {
    return Arrays.stream(bean.getInterfaces())
        .filter(i -> i != Serializable.class && i != Externalizable.class
            && !i.getName().startsWith("jakarta.ejb."))
        .toList();
  }

  private static List<Class<?>> moduleClasses() throws IOException, URISyntaxException {
    Path root = Path.of(
        MqttIntegration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(p).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.endsWith("module-info")) {
          continue;
        }
        try {
          classes.add(Class.forName(name, false, EjbReferencesTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException("cannot load " + name, e);
        }
      }
    }
    return classes;
  }
}
