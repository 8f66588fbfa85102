package com.marketinghub.budget;

import static com.marketinghub.budget.BudgetReallocationProcess.VAR_CHANGES;
import static com.marketinghub.budget.BudgetReallocationProcess.VAR_COMMENT;
import static com.marketinghub.budget.BudgetReallocationProcess.VAR_DECISION;
import static com.marketinghub.budget.BudgetReallocationProcess.VAR_REALLOCATION;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ReviewReallocation to {@link BudgetReallocation}: on create the name, due date
 * and the form's table (a Json variable, which Tasklist's dynamic list shows); on complete
 * Finance's decision and own figures, which the gateway reads.
 */
@Component("reviewReallocationTaskListener")
class ReviewReallocationTaskListener implements TaskListener {

  private final BudgetReallocation reallocation;

  ReviewReallocationTaskListener(BudgetReallocation reallocation) {
    this.reallocation = reallocation;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = reallocation.prepareReview(id);
      task.setName(view.name());
      task.setDueDate(Date.from(view.due()));
      view.locals().forEach((name, value) -> task.setVariableLocal(name,
          VAR_REALLOCATION.equals(name) ? SpinValues.jsonValue((String) value).create()
              : value));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      String decision = ProcessVariables.string(task, VAR_DECISION);
      reallocation.decide(id, decision, ProcessVariables.string(task, VAR_CHANGES),
          ProcessVariables.string(task, VAR_COMMENT), TaskCompleter.userId(task));
      // On the process instance: the gateway reads it.
      task.getExecution().getProcessInstance().setVariable(VAR_DECISION, decision);
    }
  }
}
