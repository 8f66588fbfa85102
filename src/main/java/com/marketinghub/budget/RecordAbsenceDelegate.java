package com.marketinghub.budget;

import static com.marketinghub.budget.ApproverAbsenceProcess.VAR_DEPUTY;
import static com.marketinghub.budget.ApproverAbsenceProcess.VAR_FROM;
import static com.marketinghub.budget.ApproverAbsenceProcess.VAR_STARTS_AT;
import static com.marketinghub.budget.ApproverAbsenceProcess.VAR_TO;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Glue of Task_RecordAbsence to {@link ApproverAbsences#register}: the absence recorded by the
 * API (business key) or the start form's fields and the user who started it; the business key
 * becomes the absence's id, and the timer waits for its first day.
 */
@Component("recordAbsenceDelegate")
class RecordAbsenceDelegate implements JavaDelegate {

  private final ApproverAbsences absences;
  private final Clock clock;

  RecordAbsenceDelegate(ApproverAbsences absences, Clock clock) {
    this.absences = absences;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    Long recorded = businessKey == null || businessKey.isBlank() ? null
        : ProcessVariables.recordId(execution);
    ApproverAbsence absence = absences.register(recorded,
        ProcessVariables.text(execution, VAR_DEPUTY), date(execution, VAR_FROM),
        date(execution, VAR_TO), ProcessVariables.string(execution, "initiator"),
        caller(execution), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(String.valueOf(absence.id()));
    execution.setVariable(VAR_STARTS_AT, Date.from(absence.startsOn()
        .atStartOfDay(clock.getZone()).toInstant()));
  }

  /** A date field as ISO text: Tasklist may send a date, or text with a time after it. */
  private String date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof Date date) {
      return date.toInstant().atZone(clock.getZone()).toLocalDate().toString();
    }
    return value == null ? null : value.toString();
  }

  private static String caller(DelegateExecution execution) {
    Authentication caller = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    return caller == null ? null : caller.getUserId();
  }
}
