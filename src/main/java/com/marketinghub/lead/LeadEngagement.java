package com.marketinghub.lead;

import com.marketinghub.attribution.TouchpointsRecorded;
import com.marketinghub.process.AsApplication;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate perLead;

  LeadEngagement(LeadHandoff handoff, RuntimeService runtime, IdentityService identity,
      PlatformTransactionManager transactions) {
    this.perLead = new TransactionTemplate(transactions);
    this.perLead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.handoff = handoff;
    this.runtime = runtime;
    this.identity = identity;
  }

  @TransactionalEventListener(fallbackExecution = true)
  public void touchpointsRecorded(TouchpointsRecorded recorded) {
    rescore(recorded.leadIds());
  }

  /** A re-posted lead or an import's newer values: the fit part of the score may change. */
  @TransactionalEventListener(fallbackExecution = true)
  public void leadDataChanged(LeadDataChanged changed) {
    rescore(changed.leadIds());
  }

  /** Each lead on its own: one that fails is logged and leaves the others scored. */
  private void rescore(Set<Long> leadIds) {
    for (long leadId : leadIds.stream().sorted().toList()) {
      try {
        perLead.executeWithoutResult(status -> {
          if (handoff.rescore(leadId)) {
            wakeUp(leadId);
          }
        });
      } catch (RuntimeException e) {
        log.error("Lead {} could not be scored again after new engagement; it keeps its score "
            + "until something scores it again", leadId, e);
      }
    }
  }

  /** The application's own step, whoever added the touchpoint. */
  private void wakeUp(long leadId) {
    int woken = AsApplication.call(identity, () -> runtime
        .createMessageCorrelation(LeadHandoffProcess.MSG_LEAD_ENGAGED)
        .processInstanceBusinessKey(String.valueOf(leadId))
        .correlateAllWithResult().size());
    if (woken == 0) {
      log.info("Lead {} waits in nurture but no lead-handoff of it waits for engagement (ended "
          + "before re-entry existed, or already woken and on its way): nothing to wake",
          leadId);
    }
  }
}
