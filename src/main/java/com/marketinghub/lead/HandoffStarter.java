package com.marketinghub.lead;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;

/**
 * Starts the handoffs of imported leads after their rows are committed: the import writes its
 * leads and one {@code lead-intake} instance per batch in its transaction, and that instance's
 * job starts the handoffs. A bulk import then costs a row per lead instead of a row and a process
 * start per lead (docs/benchmarks.md).
 */
@Service
class HandoffStarter {

  private final RuntimeService runtimeService;
  private final LeadRepository leads;
  private final LeadService service;

  HandoffStarter(RuntimeService runtimeService, LeadRepository leads, LeadService service) {
    this.runtimeService = runtimeService;
    this.leads = leads;
    this.service = service;
  }

  /** In the caller's transaction: the intake instance commits with the lead rows or not at all. */
  void startLater(List<Long> leadIds) {
    if (leadIds.isEmpty()) {
      return;
    }
    runtimeService.startProcessInstanceByKey(LeadIntakeProcess.KEY,
        Variables.createVariables().putValueTyped(LeadIntakeProcess.VAR_LEAD_IDS,
            Variables.objectValue(new ArrayList<>(leadIds))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create()));
  }

  /**
   * Starts the handoff of each listed lead that has none yet, under a row lock, so that a retried
   * job or a second node never starts one twice.
   *
   * @return how many started
   */
  int startPending(List<Long> leadIds) {
    List<Long> pending = leads.lockWithoutHandoff(leadIds);
    pending.forEach(service::startHandoff);
    return pending.size();
  }
}
