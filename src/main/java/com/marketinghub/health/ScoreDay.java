package com.marketinghub.health;

import static com.marketinghub.health.CustomerHealthCheckProcess.VAR_SCORE_DAY;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** customer-health-check's scoreDay: the day one run scores, whichever step asks first. */
final class ScoreDay {

  private ScoreDay() {}

  /**
   * The day the run scores: as started (an ISO date or a date of the start form), else today,
   * fixed on first use so that a run past midnight stays on its day.
   */
  static LocalDate fix(DelegateExecution execution, Clock clock) {
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
}
