package io.longwave.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.longwave.application.management.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;

class LazyRowsTest {

  private final List<String> calls = new ArrayList<>();
  private final List<String> all = List.of("alpha", "beta", "gamma", "delta", "epsilon");

  private Page<String> fetch(String search, int limit, int offset) {
    calls.add(search + "/" + limit + "/" + offset);
    List<String> hits = all.stream().filter(s -> search == null || s.contains(search)).toList();
    return new Page<>(hits.size(),
        hits.subList(Math.min(offset, hits.size()), Math.min(offset + limit, hits.size())));
  }

  @Test
  void the_table_page_becomes_the_service_limit_and_offset() {
    LazyRows<String> rows = new LazyRows<>(this::fetch, s -> s);
    assertEquals(5, rows.count(Map.of()));
    assertEquals(List.of("gamma", "delta"), rows.load(2, 2, Map.of(), Map.of()));
    assertEquals(5, rows.getRowCount());
    assertEquals(List.of("null/1/0", "null/2/2"), calls);
  }

  @Test
  void the_global_filter_becomes_the_search_text() {
    LazyRows<String> rows = new LazyRows<>(this::fetch, s -> s);
    Map<String, FilterMeta> filter = Map.of(FilterMeta.GLOBAL_FILTER_KEY,
        FilterMeta.builder().field(FilterMeta.GLOBAL_FILTER_KEY).filterValue(" ta ").build());
    assertEquals(List.of("beta", "delta"), rows.load(0, 10, Map.of(), filter));
    assertEquals(2, rows.getRowCount());
    assertEquals("ta", LazyRows.search(filter));
  }

  @Test
  void an_empty_filter_searches_nothing() {
    Map<String, FilterMeta> filter = Map.of(FilterMeta.GLOBAL_FILTER_KEY,
        FilterMeta.builder().field(FilterMeta.GLOBAL_FILTER_KEY).filterValue("  ").build());
    assertNull(LazyRows.search(filter));
    assertNull(LazyRows.search(null));
  }
}
