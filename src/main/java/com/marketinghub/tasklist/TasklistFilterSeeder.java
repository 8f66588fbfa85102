package com.marketinghub.tasklist;

import com.marketinghub.security.Groups;
import com.marketinghub.tasklist.TasklistProperties.FilterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters of tasklist.yaml that do not exist yet, by name, and lets
 * the file's groups see each (READ on the filter): when it is created, or when it has no grant at
 * all (a filter from before filters were granted per group). One an admin changed stays so.
 */
@Component
class TasklistFilterSeeder extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(TasklistFilterSeeder.class);


  private final TasklistProperties properties;

  TasklistFilterSeeder(TasklistProperties properties) {
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    seed(engine.getFilterService(), engine.getTaskService(),
        engine.getAuthorizationService());
  }

  void seed(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    for (FilterSpec spec : properties.filters()) {
      Filter filter = filters.createFilterQuery().filterName(spec.name()).list().stream()
          .findFirst().orElse(null);
      if (filter == null) {
        filter = filters.newTaskFilter(spec.name())
            .setQuery(query(tasks.createTaskQuery(), spec))
            .setProperties(properties(spec));
        filters.saveFilter(filter);
        log.info("Created Tasklist filter '{}'", spec.name());
      }
      if (authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
          .resourceId(filter.getId()).count() == 0) {
        grant(authorizations, filter, spec);
      }
    }
  }

  /**
   * READ on the filter for each of its groups (all users: one global authorization), and for
   * camunda-admin, who see every filter.
   */
  private static void grant(AuthorizationService authorizations, Filter filter,
      FilterSpec spec) {
    List<String> groups = new ArrayList<>(spec.groups());
    if (!groups.contains(TasklistProperties.ALL_USERS) && !groups.contains(Groups.ADMIN)) {
      groups.add(Groups.ADMIN);
    }
    for (String group : groups) {
      boolean everyone = TasklistProperties.ALL_USERS.equals(group);
      Authorization authorization = authorizations.createNewAuthorization(everyone
          ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
      if (everyone) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(group);
      }
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filter.getId());
      authorization.addPermission(Permissions.READ);
      authorizations.saveAuthorization(authorization);
    }
    log.info("Tasklist filter '{}' shown to {}", spec.name(), spec.groups());
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
        case "escalated" -> {
          if (Boolean.parseBoolean(value)) {
            query.taskVariableValueEquals(OverdueTasks.VAR_ESCALATED, true);
          }
        }
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
