package io.longwave.console;

import io.longwave.application.management.Page;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over a management service's paged list: the table's page becomes
 * the service's limit and offset, and its global filter the service's search text. A refusal of
 * the service shows as a message and an empty table.
 *
 * @param <T> the row type
 */
public final class LazyRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** One page of rows from a service. */
  @FunctionalInterface
  public interface Source<T> extends Serializable {
    Page<T> fetch(String search, int limit, int offset);
  }

  /** A row's unique key. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Source<T> source;
  private final Key<T> key;

  public LazyRows(Source<T> source, Key<T> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    Page<T> page = ConsoleMessages.attempt(() -> source.fetch(search(filterBy), 1, 0), null);
    return page == null ? 0 : clamp(page.totalCount());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    Page<T> page = ConsoleMessages.attempt(
        () -> source.fetch(search(filterBy), pageSize, first), null);
    if (page == null) {
      setRowCount(0);
      return List.of();
    }
    setRowCount(clamp(page.totalCount()));
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    return rows == null ? null
        : rows.stream().filter(r -> key.of(r).equals(rowKey)).findFirst().orElse(null);
  }

  /** The table's global filter text, or null. */
  static String search(Map<String, FilterMeta> filterBy) {
    FilterMeta global = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
    Object value = global == null ? null : global.getFilterValue();
    String text = value == null ? "" : value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  private static int clamp(long count) {
    return (int) Math.min(Integer.MAX_VALUE, count);
  }
}
