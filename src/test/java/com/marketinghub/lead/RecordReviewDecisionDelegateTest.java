package com.marketinghub.lead;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The glue of Task_RecordReviewDecision: the gateway after it follows the decision recorded at
 * the review's completion, not a decision variable written since.
 */
class RecordReviewDecisionDelegateTest {

  private final LeadReview review = mock(LeadReview.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final RecordReviewDecisionDelegate delegate = new RecordReviewDecisionDelegate(review);

  @BeforeEach
  void leadOne() {
    when(execution.getProcessBusinessKey()).thenReturn("1");
  }

  @Test
  void shouldRouteByTheRecordedDecisionWhateverTheVariableSays() {
    when(review.recordDecision(1L)).thenReturn("reject");
    when(execution.getVariable(LeadHandoffProcess.VAR_DECISION)).thenReturn("accept");

    delegate.execute(execution);

    verify(execution).setVariable(LeadHandoffProcess.VAR_DECISION, "reject");
  }

  @Test
  void shouldKeepTheDecisionTheReviewRecorded() {
    when(review.recordDecision(1L)).thenReturn("accept");
    when(execution.getVariable(LeadHandoffProcess.VAR_DECISION)).thenReturn("accept");

    delegate.execute(execution);

    verify(execution).setVariable(LeadHandoffProcess.VAR_DECISION, "accept");
  }
}
