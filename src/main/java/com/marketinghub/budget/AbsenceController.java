package com.marketinghub.budget;

import com.marketinghub.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** An approver's absences and deputies (docs/budget.md, "Absences and escalation"). */
@RestController
class AbsenceController {

  private final ApproverAbsences absences;
  private final CurrentUser currentUser;
  private final Clock clock;

  AbsenceController(ApproverAbsences absences, CurrentUser currentUser, Clock clock) {
    this.absences = absences;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The caller's own absence; never another user's. */
  @PostMapping("/api/absences")
  ResponseEntity<AbsenceView> set(@RequestBody AbsenceInput input) {
    ApproverAbsence absence = absences.submit(currentUser.userId(), input.deputy(),
        input.from(), input.to());
    return ResponseEntity.status(HttpStatus.CREATED).body(view(absence));
  }

  /** The caller's absences and those they are the deputy of, newest first. */
  @GetMapping("/api/absences")
  List<AbsenceView> list() {
    return absences.involving(currentUser.userId()).stream().map(this::view).toList();
  }

  /** Cancels the caller's own absence (another's: 404). */
  @DeleteMapping("/api/absences/{id}")
  AbsenceView cancel(@PathVariable long id) {
    return view(absences.cancel(id, currentUser.userId()));
  }

  private AbsenceView view(ApproverAbsence absence) {
    return new AbsenceView(absence.id(), absence.user(), absence.deputy(), absence.startsOn(),
        absence.endsOn(), absence.status(LocalDate.now(clock)), absence.createdBy(),
        absence.createdAt(), absence.cancelledAt(), absence.cancelledBy());
  }

  /** @param from first day away, @param to last day away (inclusive), ISO dates */
  record AbsenceInput(String deputy, String from, String to) {}

  record AbsenceView(long id, String user, String deputy, LocalDate from, LocalDate to,
      String status, String createdBy, OffsetDateTime createdAt, OffsetDateTime cancelledAt,
      String cancelledBy) {}
}
