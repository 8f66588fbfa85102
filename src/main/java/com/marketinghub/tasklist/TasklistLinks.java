package com.marketinghub.tasklist;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Links into Camunda Tasklist for mails: {@code marketing-hub.public-url} (the address people
 * reach the application at) and Tasklist's route to one task. Read when a link is made, not at
 * start-up, so that the default can name the port the server actually took.
 */
@Component
public class TasklistLinks {

  static final String PROPERTY = "marketing-hub.public-url";
  private static final String TASK_ROUTE = "/camunda/app/tasklist/default/#/?task=";

  private final Environment environment;

  TasklistLinks(Environment environment) {
    this.environment = environment;
  }

  /** The address that opens the task in Tasklist (after a login when there is no session). */
  public String task(String taskId) {
    String base = environment.getProperty(PROPERTY, "http://localhost:8080");
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base + TASK_ROUTE + taskId;
  }
}
