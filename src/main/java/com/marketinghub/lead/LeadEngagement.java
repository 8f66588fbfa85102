package com.marketinghub.lead;

import com.marketinghub.attribution.TouchpointsRecorded;
import com.marketinghub.process.AsApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Scoring that follows engagement (docs/lead-scoring.md, "When a lead is scored"): once new
 * touchpoints have committed (the API's, or a chunk of a touchpoints import), or a lead's own
 * data changed (posted again, or newer in an import), those leads are scored again, in a
 * transaction of their own; a lead waiting in nurture whose score rose is
 * sent through routing again in its own lead-handoff instance (Msg_LeadEngaged, by business key).
 */
@Component
class LeadEngagement {

  private static final Logger log = LoggerFactory.getLogger(LeadEngagement.class);

  private final LeadHandoff handoff;
  private final RuntimeService runtime;
  private final IdentityService identity;

  LeadEngagement(LeadHandoff handoff, RuntimeService runtime, IdentityService identity) {
    this.handoff = handoff;
    this.runtime = runtime;
    this.identity = identity;
  }

  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void touchpointsRecorded(TouchpointsRecorded recorded) {
    rescore(recorded.leadIds());
  }

  /** A re-posted lead or an import's newer values: the fit part of the score may change. */
  @TransactionalEventListener(fallbackExecution = true)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void leadDataChanged(LeadDataChanged changed) {
    rescore(changed.leadIds());
  }

  private void rescore(java.util.Set<Long> leadIds) {
    leadIds.stream().sorted().filter(handoff::rescore).forEach(this::wakeUp);
  }

  /** The application's own step, whoever added the touchpoint. */
  private void wakeUp(long leadId) {
    int woken = AsApplication.call(identity, () -> runtime
        .createMessageCorrelation(LeadHandoffProcess.MSG_LEAD_ENGAGED)
        .processInstanceBusinessKey(String.valueOf(leadId))
        .correlateAllWithResult().size());
    if (woken == 0) {
      log.info("Lead {} waits in nurture but no lead-handoff of it waits for engagement (ended "
          + "before re-entry existed): it stays where it is", leadId);
    }
  }
}
