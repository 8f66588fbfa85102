package com.marketinghub.budget;

import com.marketinghub.security.Absences;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/** {@link Absences} from the recorded absences (approver_absence). */
@Service
class AbsenceDirectory implements Absences {

  private final ApproverAbsenceRepository absences;
  private final Clock clock;

  AbsenceDirectory(ApproverAbsenceRepository absences, Clock clock) {
    this.absences = absences;
    this.clock = clock;
  }

  @Override
  public Set<String> awayOn(Collection<String> userIds, LocalDate day) {
    return userIds.isEmpty() ? Set.of() : absences.awayOn(userIds, day);
  }

  @Override
  public LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public Optional<Absence> find(long id) {
    LocalDate today = today();
    return absences.find(id).map(absence -> new Absence(absence.id(), absence.user(),
        absence.deputy(), absence.startsOn(), absence.endsOn(), absence.covers(today)));
  }
}
