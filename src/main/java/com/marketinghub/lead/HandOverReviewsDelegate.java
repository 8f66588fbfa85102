package com.marketinghub.lead;

import com.marketinghub.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Glue of Task_HandOverReviews to {@link AbsentRepReviews#handOver}; business key = absence. */
@Component("handOverReviewsDelegate")
class HandOverReviewsDelegate implements JavaDelegate {

  private final AbsentRepReviews reviews;

  HandOverReviewsDelegate(AbsentRepReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("reviewsHandedOver",
        reviews.handOver(ProcessVariables.recordId(execution)));
  }
}
