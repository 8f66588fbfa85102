package com.marketinghub.tasklist;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The shared Tasklist filters of {@code tasklist.yaml}. */
@ConfigurationProperties("marketing-hub.tasklist")
public record TasklistProperties(List<FilterSpec> filters) {

  public TasklistProperties {
    filters = filters == null ? List.of() : List.copyOf(filters);
  }

  /**
   * @param criteria task query criteria by name (see tasklist.yaml)
   * @param variables columns: variable name and label
   */
  public record FilterSpec(String name, String description, int priority,
      Map<String, String> criteria, List<Column> variables) {

    public FilterSpec {
      criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
      variables = variables == null ? List.of() : List.copyOf(variables);
    }
  }

  public record Column(String name, String label) {}
}
