package com.marketinghub.tasklist;

import com.marketinghub.tasklist.TasklistProperties.FilterSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates the shared Tasklist filters of tasklist.yaml that do not exist yet, by name. */
@Component
class TasklistFilterSeeder extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilterSeeder.class);

  private final TasklistProperties properties;

  TasklistFilterSeeder(TasklistProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    seed(engine.getFilterService(), engine.getTaskService());
  }

  void seed(FilterService filters, TaskService tasks) {
    for (FilterSpec spec : properties.filters()) {
      if (filters.createFilterQuery().filterName(spec.name()).count() > 0) {
        continue;
      }
      Filter filter = filters.newTaskFilter(spec.name())
          .setQuery(query(tasks.createTaskQuery(), spec))
          .setProperties(properties(spec));
      filters.saveFilter(filter);
      log.info("Created Tasklist filter '{}'", spec.name());
    }
  }

  static TaskQuery query(TaskQuery query, FilterSpec spec) {
    spec.criteria().forEach((criterion, value) -> {
      switch (criterion) {
        case "assignee" -> {
          if (value.startsWith("${")) {
            query.taskAssigneeExpression(value);
          } else {
            query.taskAssignee(value);
          }
        }
        case "candidateGroups" -> {
          if (value.startsWith("${")) {
            query.taskCandidateGroupInExpression(value);
          } else {
            query.taskCandidateGroupIn(List.of(value.split("\\s*,\\s*")));
          }
        }
        case "unassigned" -> {
          if (Boolean.parseBoolean(value)) {
            query.taskUnassigned();
          }
        }
        case "dueBefore" -> query.dueBeforeExpression(value);
        case "processDefinitionKey" -> query.processDefinitionKey(value);
        case "taskDefinitionKey" -> query.taskDefinitionKey(value);
        default -> throw new IllegalStateException("tasklist.yaml: filter '" + spec.name()
            + "' has unknown criterion '" + criterion + "'");
      }
    });
    return query;
  }

  private static Map<String, Object> properties(FilterSpec spec) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", spec.description());
    properties.put("priority", spec.priority());
    properties.put("refresh", true);
    properties.put("variables", spec.variables().stream()
        .map(column -> Map.of("name", column.name(), "label", column.label())).toList());
    return properties;
  }
}
