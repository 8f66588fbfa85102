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

  /** The group name in {@code groups} that stands for every user. */
  public static final String ALL_USERS = "all-users";

  /**
   * @param groups who sees the filter: group ids, or {@link #ALL_USERS}
   * @param criteria task query criteria by name (see tasklist.yaml)
   * @param variables columns: variable name and label
   */
  public record FilterSpec(String name, List<String> groups, String description, int priority,
      Map<String, String> criteria, List<Column> variables) {

    public FilterSpec {
      groups = groups == null ? List.of() : List.copyOf(groups);
      criteria = criteria == null ? Map.of() : Map.copyOf(criteria);
      variables = variables == null ? List.of() : List.copyOf(variables);
      if (groups.isEmpty()) {
        throw new IllegalArgumentException("tasklist.yaml: filter '" + name + "' names no "
            + "groups: say who sees it (" + ALL_USERS + " for every user)");
      }
    }
  }

  public record Column(String name, String label) {}
}
