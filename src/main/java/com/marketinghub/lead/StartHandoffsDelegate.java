package com.marketinghub.lead;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Task_StartHandoffs of lead-intake: starts the handoff of every lead of the batch. */
@Component("startHandoffsDelegate")
class StartHandoffsDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(StartHandoffsDelegate.class);

  private final HandoffStarter starter;

  StartHandoffsDelegate(HandoffStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object value = execution.getVariable(LeadIntakeProcess.VAR_LEAD_IDS);
    if (!(value instanceof List<?> list)) {
      throw new IllegalStateException("Process variable leadIds is missing or not a list: " + value);
    }
    List<Long> ids = list.stream().map(id -> ((Number) id).longValue()).toList();
    int started = starter.startPending(ids);
    log.info("Lead intake {}: {} handoffs started, {} already running", execution.getProcessInstanceId(),
        started, ids.size() - started);
  }
}
