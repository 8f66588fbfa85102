package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.common.ConflictException;
import com.marketinghub.common.InvalidFieldsException;
import com.marketinghub.common.NotFoundException;
import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of an absence without the engine ({@link ApproverAbsences}): every refusal with the
 * message the approver reads, and what is recorded when nothing is wrong.
 */
class ApproverAbsencesTest {

  /** Who is in which group, as the identity tables hold it. */
  private static final Map<String, List<String>> GROUPS = Map.of(
      "mia", List.of("marketing"), "max", List.of("marketing", "marketing-managers"),
      "mona", List.of("marketing-managers"), "ann", List.of("marketing", "marketing-managers"),
      "fiona", List.of("finance"), "sam", List.of("sales"),
      "emma", List.of("sales", "sales-emea"), "emil", List.of("sales", "sales-emea"));

  private final ApproverAbsenceRepository repository = mock(ApproverAbsenceRepository.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final BudgetApproval approval = mock(BudgetApproval.class);
  private final ApproverAbsences absences = new ApproverAbsences(repository, members,
      BudgetApprovalTasksTest.APPROVERS, new AbsenceProperties(List.of("sales-emea")), approval,
      mock(RuntimeService.class), TestClock.clock());
  private final LocalDate today = TestClock.today();

  @BeforeEach
  void identities() {
    when(members.memberOf(any(), any())).thenAnswer(call -> {
      Collection<String> groups = call.getArgument(1);
      List<String> of = GROUPS.getOrDefault(call.getArgument(0), List.of());
      return groups.stream().filter(of::contains).toList();
    });
    when(members.exists(any())).thenAnswer(call -> GROUPS.containsKey(call.getArgument(0)));
    when(members.inAny(any(), any())).thenAnswer(call -> {
      Collection<String> groups = call.getArgument(1);
      return GROUPS.getOrDefault(call.getArgument(0), List.of()).stream()
          .anyMatch(groups::contains);
    });
    when(repository.of(anyString(), any())).thenReturn(List.of());
    when(repository.insert(any(), any(), any(), any(), any(), any())).thenReturn(5L);
    when(repository.find(5L)).thenReturn(Optional.of(absence(5L, "mia", "max", today.plusDays(1),
        today.plusDays(5))));
  }

  private ApproverAbsence absence(long id, String user, String deputy, LocalDate from,
      LocalDate to) {
    return new ApproverAbsence(id, user, deputy, from, to, user, TestClock.offsetNow(), null,
        null, null);
  }

  private String day(int plus) {
    return today.plusDays(plus).toString();
  }

  @Test
  void shouldRecordAnAbsenceWithADeputyInEveryApproverGroupOfTheUser() {
    ApproverAbsence recorded = absences.record("mia", "max", day(1), day(5));

    assertThat(recorded.id()).isEqualTo(5L);
    verify(repository).insert("mia", "max", today.plusDays(1), today.plusDays(5), "mia",
        TestClock.offsetNow());
    // Today is allowed, and so is a date with Tasklist's time after it.
    absences.record("max", "ann", today + "T00:00:00.000+0000", day(0));
    verify(repository).insert("max", "ann", today, today, "max", TestClock.offsetNow());
  }

  @Test
  void shouldRefuseTheUserAsTheirOwnDeputy() {
    assertRefused(() -> absences.record("mia", "mia", day(1), day(5)), "deputy",
        "cannot be you: you cannot be your own deputy");
  }

  @Test
  void shouldRefuseADeputyOutsideOneOfTheUsersApproverGroups() {
    // max approves for marketing and marketing-managers; mona is a manager only.
    assertRefused(() -> absences.record("max", "mona", day(1), day(5)), "deputy",
        "'mona' is not a member of marketing, which you approve for: a deputy must be in each "
            + "of your approver groups (marketing, marketing-managers)");
    assertRefused(() -> absences.record("fiona", "sam", day(1), day(5)), "deputy",
        "'sam' is not a member of finance, which you approve for: a deputy must be in each of "
            + "your approver groups (finance)");
  }

  @Test
  void shouldRefuseAnUnknownDeputyAndMissingFields() {
    assertRefused(() -> absences.record("mia", "nobody", day(1), day(5)), "deputy",
        "'nobody' is no user");
    InvalidFieldsException missing = refused(() -> absences.record("mia", " ", null, "soon"));
    assertThat(missing.errors()).containsEntry("deputy", "is required")
        .containsEntry("from", "is required")
        .containsEntry("to", "must be a date like 2026-06-01, was 'soon'");
  }

  @Test
  void shouldRefuseSomeoneWhoIsNeitherApproverNorInASalesTeam() {
    assertThatThrownBy(() -> absences.record("sam", "mia", day(1), day(5)))
        .isInstanceOf(InvalidFieldsException.class)
        .hasMessage("Only members of marketing, marketing-managers, finance, sales-emea record "
            + "an absence with a deputy; sam is none");
    verifyNothingRecorded();
  }

  @Test
  void shouldHandNoApprovalOfARepWhoApprovesNothingToTheirDeputy() {
    assertThat(absences.handOver(7L, "emma")).isEmpty();
  }

  @Test
  void shouldLetASalesRepNameATeammateAsDeputyAndNoOneElse() {
    // emma and emil are in sales-emea; mia is not.
    assertRefused(() -> absences.record("emma", "mia", day(1), day(5)), "deputy",
        "'mia' is in none of your teams (sales-emea): a deputy takes your leads, so a teammate");
    absences.record("emma", "emil", day(1), day(5));
    verify(repository).insert(eq("emma"), eq("emil"), eq(today.plusDays(1)),
        eq(today.plusDays(5)), eq("emma"), any());
  }

  @Test
  void shouldRefuseAPeriodInThePastBackwardsOrLongerThanTheLimit() {
    assertRefused(() -> absences.record("mia", "max", day(-1), day(5)), "from",
        "must be today (" + today + ") or later, was " + today.minusDays(1));
    assertRefused(() -> absences.record("mia", "max", day(5), day(4)), "to",
        "must be on or after from (" + today.plusDays(5) + "), was " + today.plusDays(4));
    LocalDate lastDay = today.plusDays(1).plusYears(1).minusDays(1);
    absences.record("mia", "max", day(1), lastDay.toString());
    assertRefused(() -> absences.record("mia", "max", day(1), lastDay.plusDays(1).toString()),
        "to", "an absence lasts at most P1Y: from " + today.plusDays(1) + " the last day is "
            + lastDay + ", was " + lastDay.plusDays(1));
  }

  @Test
  void shouldRefuseAnAbsenceOverlappingTheUsersOwn() {
    when(repository.of("mia", today.plusDays(3))).thenReturn(List.of(
        absence(2L, "mia", "max", today.plusDays(1), today.plusDays(3))));

    assertRefused(() -> absences.record("mia", "max", day(3), day(8)), "from",
        "you are away already from " + today.plusDays(1) + " to " + today.plusDays(3)
            + " (absence 2): cancel it or choose other days");
  }

  @Test
  void shouldRefuseADeputyWhoIsAwayThemselvesOrAUserWhoIsADeputyThen() {
    // No chains: max is away on one of the days, so he stands in for nobody then.
    when(repository.of("max", today.plusDays(1))).thenReturn(List.of(
        absence(2L, "max", "ann", today.plusDays(5), today.plusDays(9))));
    assertRefused(() -> absences.record("mia", "max", day(1), day(5)), "deputy",
        "'max' is away themselves from " + today.plusDays(5) + " to " + today.plusDays(9)
            + ": name a deputy who is here");

    // ann stands in for max then: she cannot be away herself.
    when(repository.of("ann", today.plusDays(6))).thenReturn(List.of(
        absence(2L, "max", "ann", today.plusDays(5), today.plusDays(9))));
    assertRefused(() -> absences.record("ann", "max", day(6), day(7)), "from",
        "you are the deputy of max from " + today.plusDays(5) + " to " + today.plusDays(9)
            + " (absence 2): they must name another deputy first");
  }

  @Test
  void shouldLetOnlyTheUserSeeOrCancelTheirAbsence() {
    ApproverAbsence mias = absence(6L, "mia", "max", today.plusDays(1), today.plusDays(5));
    when(repository.find(6L)).thenReturn(Optional.of(mias));

    assertThatThrownBy(() -> absences.cancel(6L, "max")).isInstanceOf(NotFoundException.class)
        .hasMessage("No absence 6 of yours");
    absences.cancel(6L, "mia");
    verify(repository).cancel(6L, "mia", TestClock.offsetNow());

    when(repository.find(7L)).thenReturn(Optional.of(absence(7L, "mia", "max",
        today.minusDays(3), today.minusDays(1))));
    assertThatThrownBy(() -> absences.cancel(7L, "mia")).isInstanceOf(ConflictException.class)
        .hasMessage("Absence 7 ended on " + today.minusDays(1) + ": there is nothing to cancel");
  }

  @Test
  void shouldRecordAStartFormOnlyForTheUserWhoStartsIt() {
    assertThatThrownBy(() -> absences.register(null, "max", day(1), day(5), "mia", "max",
        "pi-1")).isInstanceOf(BadUserRequestException.class)
        .hasMessage("An absence is the user's own who sets it: max, not mia");
    assertThatThrownBy(() -> absences.register(null, "mia", day(1), day(5), "mia", "mia",
        "pi-1")).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("deputy cannot be you: you cannot be your own deputy");
    // A recorded absence starts its process once, and only as its user.
    when(repository.find(6L)).thenReturn(Optional.of(new ApproverAbsence(6L, "mia", "max",
        today.plusDays(1), today.plusDays(5), "mia", TestClock.offsetNow(), null, null,
        "pi-0")));
    assertThatThrownBy(() -> absences.register(6L, null, null, null, null, "mia", "pi-1"))
        .hasMessage("Absence 6 is not yours to start: it has its process or is another user's");
    verifyNothingRecorded();
    verify(repository, never()).tie(eq(6L), any());
  }

  @Test
  void shouldStandInOnlyWhileTheAbsenceIsInForce() {
    when(repository.covering("ann", today)).thenReturn(Optional.of(
        absence(8L, "ann", "dan", today, today.plusDays(2))));
    when(repository.covering("max", today)).thenReturn(Optional.empty());

    assertThat(absences.onBehalfOf("ann", "dan")).isEqualTo("ann");
    assertThat(absences.onBehalfOf("ann", "max")).isNull();
    assertThat(absences.onBehalfOf("max", "dan")).isNull();
    assertThat(absences.handOver(7L, "max")).isEmpty();
    when(approval.handOver(eq(7L), any())).thenReturn(Optional.of("dan"));
    assertThat(absences.handOver(7L, "ann"))
        .contains(new ApproverAbsences.HandOver("ann", "dan"));
  }

  @Test
  void shouldCheckAndRecordOneAbsenceAtATime() {
    absences.record("mia", "max", day(1), day(5));

    // Two approvers naming each other at once: the second's checks see the first's absence.
    org.mockito.InOrder order = org.mockito.Mockito.inOrder(repository);
    order.verify(repository).lockRecording();
    order.verify(repository).of("mia", today.plusDays(1));
    order.verify(repository).insert("mia", "max", today.plusDays(1), today.plusDays(5), "mia",
        TestClock.offsetNow());
  }

  @Test
  void shouldSendATaskBackToTheGroupWhenTheDeputyIsAwayToo() {
    when(repository.covering("ann", today)).thenReturn(Optional.of(
        absence(8L, "ann", "dan", today, today.plusDays(2))));
    when(repository.covering("dan", today)).thenReturn(Optional.of(
        absence(9L, "dan", "max", today, today.plusDays(1))));
    when(approval.handOver(eq(7L), any())).thenReturn(Optional.of("dan"));

    assertThat(absences.handOver(7L, "ann"))
        .contains(new ApproverAbsences.HandOver("ann", null));
  }

  @Test
  void shouldRefuseAnAbsentApproversDecisionInTheirOwnName() {
    when(repository.covering("ann", today)).thenReturn(Optional.of(
        absence(8L, "ann", "dan", today, today.plusDays(2))));

    assertThatThrownBy(() -> absences.refuseIfAway("ann"))
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessage("User 'ann' is away until " + today.plusDays(2) + " (absence 8): their "
            + "deputy dan decides on their behalf, or they cancel the absence first");
    absences.refuseIfAway("dan");
    absences.refuseIfAway(null);
  }

  private void assertRefused(Runnable call, String field, String message) {
    assertThat(refused(call).errors()).containsEntry(field, message);
  }

  private InvalidFieldsException refused(Runnable call) {
    try {
      call.run();
    } catch (InvalidFieldsException e) {
      assertThat(e.getMessage()).startsWith("Invalid absence: ");
      return e;
    }
    throw new AssertionError("not refused");
  }

  private void verifyNothingRecorded() {
    verify(repository, never()).insert(eq("sam"), any(), any(), any(), any(), any());
    verify(repository, never()).insert(any(), eq("mia"), any(), any(), any(), any());
  }
}
