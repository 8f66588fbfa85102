package com.marketinghub.budget;

import static com.marketinghub.budget.ApproverAbsenceProcess.MSG_USER_AWAY;

import com.marketinghub.process.ProcessVariables;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Event_ApprovalsHandedOver: the absence in force today is announced to the other teams' work
 * by the start message Msg_UserAway, business key = the absence's id; each process that starts
 * on it reads the absence itself ({@link com.marketinghub.security.Absences}). Nothing is
 * announced for an absence cancelled before its first day, nor when no process listens.
 */
@Component("announceAbsenceDelegate")
class AnnounceAbsenceDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(AnnounceAbsenceDelegate.class);

  private final ApproverAbsences absences;

  AnnounceAbsenceDelegate(ApproverAbsences absences) {
    this.absences = absences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ProcessVariables.recordId(execution);
    Optional<ApproverAbsence> inForce = absences.inForce(id);
    if (inForce.isEmpty()) {
      return;
    }
    ApproverAbsence absence = inForce.get();
    int started = execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MSG_USER_AWAY).processInstanceBusinessKey(String.valueOf(id))
        .correlateAllWithResult().size();
    log.info("Absence {} ({}) announced: {} processes started", id, absence.describe(),
        started);
  }
}
