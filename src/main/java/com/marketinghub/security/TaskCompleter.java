package com.marketinghub.security;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who completes a task, as a complete listener sees it. */
public final class TaskCompleter {

  private TaskCompleter() {}

  /**
   * The authenticated user (Tasklist, /engine-rest), else the assignee (an engine call without
   * authentication, as in tests and jobs), else null.
   */
  public static String userId(DelegateTask task) {
    Authentication caller = task.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return caller == null ? task.getAssignee() : caller.getUserId();
  }
}
