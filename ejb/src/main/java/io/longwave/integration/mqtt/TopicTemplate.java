package io.longwave.integration.mqtt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ChirpStack v3 topic template such as {@code
 * application/{{ .ApplicationID }}/device/{{ .DevEUI }}/event/{{ .EventType }}}: rendered for
 * events, turned into a subscription filter (each variable a {@code +}) and matched against
 * received topics for commands. A variable must fill a whole topic level. Immutable.
 */
public final class TopicTemplate {

  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*\\.([A-Za-z]+)\\s*}}");

  private final String template;
  private final List<String> levels;

  /** @throws IllegalArgumentException when a variable does not fill a whole level */
  public TopicTemplate(String template) {
    this.template = template;
    this.levels = List.of(template.split("/", -1));
    for (String level : levels) {
      Matcher m = VARIABLE.matcher(level);
      if (m.find() && !(m.start() == 0 && m.end() == level.length())) {
        throw new IllegalArgumentException(
            "a topic variable must fill a whole level: '" + level + "' in " + template);
      }
      if (level.contains("+") || level.contains("#")) {
        throw new IllegalArgumentException("a topic template may not hold wildcards: " + template);
      }
    }
  }

  /** The topic with each variable replaced by its value. */
  public String render(Map<String, String> values) {
    List<String> out = new ArrayList<>(levels.size());
    for (String level : levels) {
      String name = variable(level);
      if (name == null) {
        out.add(level);
      } else {
        String v = values.get(name);
        if (v == null) {
          throw new IllegalArgumentException("no value for {{ ." + name + " }} in " + template);
        }
        out.add(v);
      }
    }
    return String.join("/", out);
  }

  /** The subscription filter: every variable level becomes {@code +}. */
  public String filter() {
    List<String> out = new ArrayList<>(levels.size());
    for (String level : levels) {
      out.add(variable(level) == null ? level : "+");
    }
    return String.join("/", out);
  }

  /** The variable values of a topic this template produced, or empty when it does not match. */
  public Optional<Map<String, String>> match(String topic) {
    String[] parts = topic.split("/", -1);
    if (parts.length != levels.size()) {
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String name = variable(levels.get(i));
      if (name == null) {
        if (!levels.get(i).equals(parts[i])) {
          return Optional.empty();
        }
      } else {
        values.put(name, parts[i]);
      }
    }
    return Optional.of(values);
  }

  private static String variable(String level) {
    Matcher m = VARIABLE.matcher(level);
    return m.matches() ? m.group(1) : null;
  }

  @Override
  public String toString() {
    return template;
  }
}
