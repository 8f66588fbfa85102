package com.marketinghub.tasklist;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Glue of Task_SendOfferDigests to {@link OfferDigests#send}. */
@Component("sendOfferDigestsDelegate")
class SendOfferDigestsDelegate implements JavaDelegate {

  private final OfferDigests digests;

  SendOfferDigestsDelegate(OfferDigests digests) {
    this.digests = digests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("digestsSent", digests.send());
  }
}
