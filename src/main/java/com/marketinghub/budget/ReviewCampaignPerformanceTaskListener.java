package com.marketinghub.budget;

import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_COMMENT;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_DECISION;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_REVIEW_ID;
import static com.marketinghub.budget.CampaignRoiReviewProcess.VAR_TARGET_ROI;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_ReviewCampaignPerformance to {@link CampaignRoiReview}: on create the campaign's
 * figures for the form ({@code prepareReview}); on complete KEEP, REDUCE or STOP
 * ({@code decide}).
 */
@Component("reviewCampaignPerformanceTaskListener")
class ReviewCampaignPerformanceTaskListener implements TaskListener {

  private final CampaignRoiReview review;

  ReviewCampaignPerformanceTaskListener(CampaignRoiReview review) {
    this.review = review;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      TaskView view = review.prepareReview(
          ProcessVariables.recordId(task),
          ProcessVariables.string(task, VAR_TARGET_ROI));
      task.setName(view.name());
      task.setDueDate(Date.from(view.due()));
      task.setVariablesLocal(view.locals());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      review.decide(ProcessVariables.recordId(task), ProcessVariables.id(task, VAR_REVIEW_ID),
          ProcessVariables.string(task, VAR_REVIEW_DECISION),
          ProcessVariables.string(task, VAR_REVIEW_COMMENT), TaskCompleter.userId(task));
    }
  }
}
