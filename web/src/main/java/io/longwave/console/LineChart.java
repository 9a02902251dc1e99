package io.longwave.console;

import static io.longwave.infrastructure.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * A line chart as the Chart.js configuration that {@code p:chart} draws: labels along the x
 * axis and one series per quantity, each on the left axis or, for a second unit, on the right
 * one. A missing value (null) leaves a gap.
 */
public final class LineChart {

  private record Series(String label, String color, boolean rightAxis, List<Number> values) {}

  private final List<String> labels;
  private final List<Series> series = new ArrayList<>();
  private String leftTitle = "";
  private String rightTitle = "";

  public LineChart(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  /** Adds a series on the left axis. */
  public LineChart left(String title, String label, String color, List<? extends Number> values) {
    leftTitle = title;
    return add(label, color, false, values);
  }

  /** Adds a series on the right axis. */
  public LineChart right(String title, String label, String color,
      List<? extends Number> values) {
    rightTitle = title;
    return add(label, color, true, values);
  }

  private LineChart add(String label, String color, boolean rightAxis,
      List<? extends Number> values) {
    if (values.size() != labels.size()) {
      throw new IllegalArgumentException(label + " has " + values.size() + " values for "
          + labels.size() + " labels");
    }
    series.add(new Series(label, color, rightAxis, new ArrayList<>(values)));
    return this;
  }

  public boolean isEmpty() {
    return labels.isEmpty();
  }

  /** The Chart.js configuration. */
  public String toJson() {
    JsonArrayBuilder labelArray = JSON.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    for (Series s : series) {
      JsonArrayBuilder data = JSON.createArrayBuilder();
      for (Number v : s.values()) {
        if (v == null) {
          data.addNull();
        } else if (v instanceof Integer || v instanceof Long) {
          data.add(v.longValue());
        } else {
          data.add(v.doubleValue());
        }
      }
      datasets.add(JSON.createObjectBuilder().add("label", s.label()).add("data", data)
          .add("borderColor", s.color()).add("backgroundColor", s.color())
          .add("yAxisID", s.rightAxis() ? "y1" : "y").add("tension", 0.2)
          .add("spanGaps", false));
    }
    JsonObjectBuilder scales = JSON.createObjectBuilder()
        .add("y", axis(leftTitle, "left"));
    if (series.stream().anyMatch(Series::rightAxis)) {
      scales.add("y1", axis(rightTitle, "right").add("grid",
          JSON.createObjectBuilder().add("drawOnChartArea", false)));
    }
    return JSON.createObjectBuilder().add("type", "line")
        .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets",
            datasets))
        .add("options", JSON.createObjectBuilder().add("animation", false)
            .add("maintainAspectRatio", false).add("scales", scales))
        .build().toString();
  }

  private static JsonObjectBuilder axis(String title, String position) {
    return JSON.createObjectBuilder().add("position", position).add("title",
        JSON.createObjectBuilder().add("display", !title.isEmpty()).add("text", title));
  }
}
