package com.marketinghub.security;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Who is away (docs/budget.md, "Absences and escalation"): the absences people record for
 * themselves (POST /api/absences, Tasklist's "Set my absence"), read by every team whose work
 * must not wait for someone away: budget approvals go to the deputy, a Sales rep gets no new
 * leads and their open reviews go to a teammate. Recorded and implemented where they began
 * (the budget package); named here so that no domain reads another's tables.
 */
public interface Absences {

  /** Those of the users with an absence in force on the day. */
  Set<String> awayOn(Collection<String> userIds, LocalDate day);

  /** Today in the business zone. */
  LocalDate today();

  /** An absence by its id (the business key of its approver-absence instance). */
  Optional<Absence> find(long id);

  /**
   * @param deputy the user who stands in for {@code user}
   * @param inForceToday not cancelled, and today within its days
   */
  record Absence(long id, String user, String deputy, LocalDate startsOn, LocalDate endsOn,
      boolean inForceToday) {}
}
