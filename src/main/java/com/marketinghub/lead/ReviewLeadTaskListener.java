package com.marketinghub.lead;

import static com.marketinghub.lead.LeadHandoffProcess.VAR_DECISION;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_COMMENT;
import static com.marketinghub.lead.LeadHandoffProcess.VAR_REJECT_REASON;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ReviewLead to {@link LeadReview}. On create: the task's name, SLA due date and
 * the lead as the form shows it (task-local variables: a snapshot for display; the record stays
 * in the lead table). On complete: the decision as submitted, refused when incomplete or not the
 * completing person's to take; that person and the decision are recorded as the lead's review.
 */
@Component("reviewLeadTaskListener")
class ReviewLeadTaskListener implements TaskListener {

  private final LeadReview review;

  ReviewLeadTaskListener(LeadReview review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateTask task) {
    long leadId = ProcessVariables.recordId(task);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = review.prepare(leadId);
      task.setDueDate(Date.from(view.due().toInstant()));
      task.setName(view.name());
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      review.complete(leadId, ProcessVariables.string(task, VAR_DECISION),
          ProcessVariables.string(task, VAR_REJECT_REASON),
          ProcessVariables.string(task, VAR_REJECT_COMMENT), TaskCompleter.userId(task));
    }
  }
}
