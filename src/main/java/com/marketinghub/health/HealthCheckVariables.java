package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads and advances customer-health-check's variables. */
final class HealthCheckVariables {

  private HealthCheckVariables() {}

  /**
   * The day the run scores: as started (an ISO date or a date of the start form), else today,
   * fixed on first use so that a run past midnight stays on its day.
   */
  static LocalDate scoreDay(DelegateExecution execution, Clock clock) {
    Object value = execution.getVariable(VAR_SCORE_DAY);
    LocalDate day;
    if (value == null || value.toString().isBlank()) {
      day = LocalDate.now(clock);
    } else if (value instanceof Date date) {
      day = date.toInstant().atZone(clock.getZone()).toLocalDate();
    } else {
      try {
        day = LocalDate.parse(value.toString().trim().substring(0,
            Math.min(10, value.toString().trim().length())));
      } catch (DateTimeParseException e) {
        throw new BadUserRequestException("scoreDay must be a date like 2026-11-27, was '"
            + value + "'");
      }
    }
    execution.setVariable(VAR_SCORE_DAY, day.toString());
    return day;
  }

  /** The last account id a chunked step finished with, null before its first chunk. */
  static Long after(DelegateExecution execution, String name) {
    return execution.getVariable(name) instanceof Number number ? number.longValue() : null;
  }

  /**
   * Records a chunk: its last id, whether another may follow (the chunk was full) and the
   * running total.
   */
  static void advance(DelegateExecution execution, String after, String more, Long lastId,
      boolean full, String total, int add) {
    execution.setVariable(after, lastId);
    execution.setVariable(more, full && lastId != null);
    Object sum = execution.getVariable(total);
    execution.setVariable(total, (sum instanceof Number number ? number.intValue() : 0) + add);
  }
}
