package com.marketinghub.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An approver's absence: from {@code startsOn} to {@code endsOn}, both inclusive, their approval
 * tasks go to {@code deputy}.
 */
public record ApproverAbsence(long id, String user, String deputy, LocalDate startsOn,
    LocalDate endsOn, String createdBy, OffsetDateTime createdAt, OffsetDateTime cancelledAt,
    String cancelledBy, String processInstanceId) {

  public boolean cancelled() {
    return cancelledAt != null;
  }

  /** Whether it is in force on the day: not cancelled, and the day within its period. */
  public boolean covers(LocalDate day) {
    return !cancelled() && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** Whether it is not cancelled and shares a day with the period. */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !cancelled() && !from.isAfter(endsOn) && !to.isBefore(startsOn);
  }

  /** CANCELLED, PLANNED (starts later), ACTIVE (covers the day) or ENDED. */
  public String status(LocalDate today) {
    if (cancelled()) {
      return "CANCELLED";
    }
    return today.isBefore(startsOn) ? "PLANNED" : today.isAfter(endsOn) ? "ENDED" : "ACTIVE";
  }

  /** "mia away from 2026-06-01 to 2026-06-12, deputy max". */
  public String describe() {
    return user + " away from " + startsOn + " to " + endsOn + ", deputy " + deputy;
  }
}
