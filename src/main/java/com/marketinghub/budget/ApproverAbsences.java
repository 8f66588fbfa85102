package com.marketinghub.budget;

import com.marketinghub.common.ConflictException;
import com.marketinghub.common.FieldErrors;
import com.marketinghub.common.InvalidFieldsException;
import com.marketinghub.common.NotFoundException;
import com.marketinghub.security.GroupMembers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvers' absences and their deputies (docs/budget.md, "Absences and escalation"): the rules
 * of recording one, whoever asks (the API, Tasklist's start form), and who stands in for whom on
 * a day. An absence is always the authenticated user's own.
 */
@Service
public class ApproverAbsences {

  private static final Logger log = LoggerFactory.getLogger(ApproverAbsences.class);

  private final ApproverAbsenceRepository absences;
  private final GroupMembers members;
  private final ApproverProperties properties;
  private final AbsenceProperties absenceProperties;
  private final BudgetApproval approval;
  private final RuntimeService runtimeService;
  private final Clock clock;

  ApproverAbsences(ApproverAbsenceRepository absences, GroupMembers members,
      ApproverProperties properties, AbsenceProperties absenceProperties,
      BudgetApproval approval, RuntimeService runtimeService, Clock clock) {
    this.absences = absences;
    this.members = members;
    this.properties = properties;
    this.absenceProperties = absenceProperties;
    this.approval = approval;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * POST /api/absences: the caller's absence, recorded ({@link #record}) and its
   * approver-absence started (business key = its id), together.
   */
  @Transactional
  public ApproverAbsence submit(String user, String deputy, String from, String to) {
    ApproverAbsence absence = record(user, deputy, from, to);
    runtimeService.startProcessInstanceByKey(ApproverAbsenceProcess.KEY,
        String.valueOf(absence.id()));
    return absences.find(absence.id()).orElseThrow();
  }

  /**
   * Task_RecordAbsence: an absence recorded by the API already ({@code recorded}, the business
   * key), or one from Tasklist's start form, recorded here for the user who starts it; either
   * way tied to this process instance. A person can neither set an absence for another user nor
   * start a second process for a recorded absence.
   *
   * @param caller the authenticated user; null in server code (the API, after its own checks)
   * @throws BadUserRequestException what is wrong (Tasklist and /engine-rest show it, 400)
   */
  ApproverAbsence register(Long recorded, String deputy, String from, String to,
      String initiator, String caller, String processInstanceId) {
    long id;
    if (recorded != null) {
      ApproverAbsence stored = absences.find(recorded).orElseThrow(() ->
          new BadUserRequestException("No absence " + recorded));
      if (stored.processInstanceId() != null
          || (caller != null && !caller.equals(stored.user()))) {
        throw new BadUserRequestException("Absence " + recorded + " is not yours to start: it "
            + "has its process or is another user's");
      }
      id = recorded;
    } else {
      if (initiator == null || caller == null) {
        throw new BadUserRequestException("An absence is the user's own: set it logged in");
      }
      if (!caller.equals(initiator)) {
        throw new BadUserRequestException("An absence is the user's own who sets it: "
            + caller + ", not " + initiator);
      }
      try {
        id = record(caller, deputy, from, to).id();
      } catch (InvalidFieldsException invalid) {
        throw new BadUserRequestException(invalid.getMessage());
      }
    }
    if (!absences.tie(id, processInstanceId)) {
      throw new BadUserRequestException("Absence " + id + " has its process already");
    }
    return absences.find(id).orElseThrow();
  }

  /**
   * Records the user's absence, checked: the deputy is another known user who is a member of
   * every approver group the user is in, or, for a user who approves nothing, of one of their
   * Sales teams ({@code marketing-hub.absences.groups}), and not away themselves in the period;
   * the period starts today or later, ends on or after its start and is at most
   * {@code absence-max-length}; the user is not away already then, nor anyone's deputy.
   *
   * @param user the authenticated user: the absent approver or rep
   * @param from first day away (ISO date; a time after the date, as Tasklist's date field may
   *     send it, is ignored)
   * @param to last day away, inclusive
   * @throws InvalidFieldsException naming each field that is wrong
   */
  public ApproverAbsence record(String user, String deputy, String from, String to) {
    FieldErrors errors = new FieldErrors();
    errors.require("deputy", deputy).require("from", from).require("to", to);
    LocalDate startsOn = date("from", from, errors);
    LocalDate endsOn = date("to", to, errors);
    String deputyId = deputy == null ? null : deputy.trim();
    LocalDate today = LocalDate.now(clock);
    List<String> groups = members.memberOf(user, properties.approverGroups());
    List<String> teams = members.memberOf(user, absenceProperties.groups());
    if (groups.isEmpty() && teams.isEmpty()) {
      throw new InvalidFieldsException("Only members of " + String.join(", ", absenceGroups())
          + " record an absence with a deputy; " + user + " is none",
          Map.of("user", "is no member of an approver group or Sales team"));
    }
    if (deputyId != null && !deputyId.isEmpty()) {
      if (deputyId.equals(user)) {
        errors.reject("deputy", "cannot be you: you cannot be your own deputy");
      } else if (!members.exists(deputyId)) {
        errors.reject("deputy", "'" + deputyId + "' is no user");
      } else {
        List<String> deputyGroups = members.memberOf(deputyId, groups);
        groups.stream().filter(group -> !deputyGroups.contains(group)).findFirst()
            .ifPresent(group -> errors.reject("deputy", "'" + deputyId + "' is not a member of "
                + group + ", which you approve for: a deputy must be in each of your approver "
                + "groups (" + String.join(", ", groups) + ")"));
        if (groups.isEmpty() && members.memberOf(deputyId, teams).isEmpty()) {
          errors.reject("deputy", "'" + deputyId + "' is in none of your teams ("
              + String.join(", ", teams) + "): a deputy takes your leads, so a teammate");
        }
      }
    }
    if (startsOn != null && startsOn.isBefore(today)) {
      errors.reject("from", "must be today (" + today + ") or later, was " + startsOn);
    }
    if (startsOn != null && endsOn != null) {
      if (endsOn.isBefore(startsOn)) {
        errors.reject("to", "must be on or after from (" + startsOn + "), was " + endsOn);
      } else if (endsOn.isAfter(startsOn.plus(properties.absenceMaxLength()).minusDays(1))) {
        errors.reject("to", "an absence lasts at most " + properties.absenceMaxLength()
            + ": from " + startsOn + " the last day is "
            + startsOn.plus(properties.absenceMaxLength()).minusDays(1) + ", was " + endsOn);
      }
    }
    errors.throwIfAny("absence");
    absences.lockRecording();
    for (ApproverAbsence other : absences.of(user, startsOn)) {
      if (!other.overlaps(startsOn, endsOn)) {
        continue;
      }
      if (other.user().equals(user)) {
        errors.reject("from", "you are away already from " + other.startsOn() + " to "
            + other.endsOn() + " (absence " + other.id() + "): cancel it or choose other days");
      } else {
        errors.reject("from", "you are the deputy of " + other.user() + " from "
            + other.startsOn() + " to " + other.endsOn() + " (absence " + other.id()
            + "): they must name another deputy first");
      }
    }
    absences.of(deputyId, startsOn).stream()
        .filter(other -> other.user().equals(deputyId) && other.overlaps(startsOn, endsOn))
        .findFirst().ifPresent(away -> errors.reject("deputy", "'" + deputyId
            + "' is away themselves from " + away.startsOn() + " to " + away.endsOn()
            + ": name a deputy who is here"));
    errors.throwIfAny("absence");
    long id = absences.insert(user, deputyId, startsOn, endsOn, user, OffsetDateTime.now(clock));
    return absences.find(id).orElseThrow();
  }

  public Optional<ApproverAbsence> find(long id) {
    return absences.find(id);
  }

  /**
   * The absence of an approver-absence instance (its business key) when it is in force today;
   * empty when it was cancelled or is not (yet) in force, which is logged.
   *
   * @throws IllegalStateException when there is no such absence: the instance's key is wrong
   */
  Optional<ApproverAbsence> inForce(long id) {
    ApproverAbsence absence = absences.find(id).orElseThrow(() ->
        new IllegalStateException("No absence " + id));
    if (!absence.covers(today())) {
      log.info("Absence {} is not in force today ({})", id,
          absence.cancelled() ? "cancelled" : absence.describe());
      return Optional.empty();
    }
    return Optional.of(absence);
  }

  /** The user's absence, for them to see or cancel: another's is not found. */
  public ApproverAbsence own(long id, String user) {
    return absences.find(id).filter(absence -> absence.user().equals(user))
        .orElseThrow(() -> new NotFoundException("No absence " + id + " of yours"));
  }

  /** The user's absences and those they are the deputy of, newest first. */
  public List<ApproverAbsence> involving(String user) {
    return absences.involving(user);
  }

  /** Cancels the user's own absence; one that has ended cannot be cancelled (409). */
  public ApproverAbsence cancel(long id, String user) {
    ApproverAbsence absence = own(id, user);
    if (!absence.cancelled()) {
      if (absence.endsOn().isBefore(LocalDate.now(clock))) {
        throw new ConflictException("Absence " + id + " ended on " + absence.endsOn()
            + ": there is nothing to cancel");
      }
      absences.cancel(id, user, OffsetDateTime.now(clock));
    }
    return absences.find(id).orElseThrow();
  }

  /** The approver groups, then the other groups whose members record absences. */
  private List<String> absenceGroups() {
    List<String> groups = new ArrayList<>(properties.approverGroups());
    absenceProperties.groups().stream().filter(group -> !groups.contains(group))
        .forEach(groups::add);
    return groups;
  }

  /** Today in the business zone. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The user's absence in force today, if any. */
  public Optional<ApproverAbsence> inForceToday(String user) {
    return user == null ? Optional.empty() : absences.covering(user, LocalDate.now(clock));
  }

  /** Whether the deputy stands in for the absent user today (an absence in force names them). */
  public boolean standsInToday(String deputy, String absent) {
    return inForceToday(absent).filter(absence -> absence.deputy().equals(deputy)).isPresent();
  }

  /**
   * An approval task of the request is (or stays) assigned to this user: when they are away
   * today, whom it goes to instead ({@link BudgetApproval#handOver}).
   *
   * @return empty when the assignee is not away: the task stays theirs
   */
  Optional<HandOver> handOver(long requestId, String assignee) {
    // Most assignees are not away: that is looked at first. A Sales rep's deputy stands in for
    // their leads, not for approvals.
    return inForceToday(assignee)
        .filter(absence -> members.inAny(assignee, properties.approverGroups()))
        .map(absence -> new HandOver(absence.user(),
            inForceToday(absence.deputy()).isPresent() ? null
                : approval.handOver(requestId, absence).orElse(null)));
  }

  /**
   * An approver who is away decides nothing in their own name: their deputy does, on their
   * behalf (or they cancel the absence first).
   *
   * @throws BadUserRequestException when the user is away today
   */
  void refuseIfAway(String user) {
    inForceToday(user).ifPresent(absence -> {
      throw new BadUserRequestException("User '" + user + "' is away until "
          + absence.endsOn() + " (absence " + absence.id() + "): their deputy "
          + absence.deputy() + " decides on their behalf, or they cancel the absence first");
    });
  }

  /**
   * Who a deputy's decision is on behalf of: the absent approver the task was handed over from,
   * when the decider still stands in for them today; else null (the decision is the decider's
   * own: the absence ended or was cancelled, or someone else took the task).
   */
  String onBehalfOf(String handedOverFrom, String decider) {
    return handedOverFrom != null && decider != null && standsInToday(decider, handedOverFrom)
        ? handedOverFrom : null;
  }

  /**
   * Where an absent user's approval task goes.
   *
   * @param deputy the new assignee, deciding on behalf of {@code from}; null: back to the group
   */
  record HandOver(String from, String deputy) {}

  private static LocalDate date(String field, String value, FieldErrors errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
    } catch (DateTimeParseException e) {
      errors.reject(field, "must be a date like 2026-06-01, was '" + value + "'");
      return null;
    }
  }
}
