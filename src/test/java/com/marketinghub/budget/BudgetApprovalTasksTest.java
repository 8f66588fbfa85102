package com.marketinghub.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The people's tasks of budget-approval without the engine: the approval decision and the
 * rework ({@link BudgetApproval}), and the failed Finance export's resolution
 * ({@link BudgetApprovalFinanceExport}): what each task shows, what a completion records, and
 * what it refuses with which message.
 */
class BudgetApprovalTasksTest {

  private final BudgetRequestRepository requests = mock(BudgetRequestRepository.class);
  private final BudgetApprovalLevelRepository levels = mock(BudgetApprovalLevelRepository.class);
  private final BudgetLedger ledger = mock(BudgetLedger.class);
  private final RoiCalculator roi = mock(RoiCalculator.class);
  private final BudgetApprovalProperties properties =
      new BudgetApprovalProperties(Duration.ofDays(3), "R/P1D", "R3/PT5M", "build/none",
          Period.ofDays(90));
  /** The demo users' groups, as the identity tables hold them. */
  private static final Map<String, List<String>> GROUPS = Map.of("mia", List.of("marketing"),
      "max", List.of("marketing", "marketing-managers"), "mona", List.of("marketing-managers"),
      "fiona", List.of("finance"), "sam", List.of("sales", "sales-emea"),
      "admin", List.of("camunda-admin"), "ann", List.of("marketing", "marketing-managers"),
      "dan", List.of("marketing", "marketing-managers"));
  private final GroupMembers members = mock(GroupMembers.class);
  private final ChannelReviews channelReviews = mock(ChannelReviews.class);
  static final ApproverProperties APPROVERS = new ApproverProperties(
      List.of("marketing", "marketing-managers", "finance"), Period.ofYears(1),
      Duration.ofDays(4), Map.of("marketing", "marketing-managers",
          "marketing-managers", "marketing-managers", "finance", "finance"));
  private final BudgetApproval approval =
      new BudgetApproval(requests, levels, ledger, roi, properties, members, channelReviews,
          APPROVERS, TestClock.clock());
  private final FinanceCommitmentExport financeFile = mock(FinanceCommitmentExport.class);
  private final BudgetApprovalFinanceExport financeExport =
      new BudgetApprovalFinanceExport(requests, approval, ledger, financeFile);

  @BeforeEach
  void aRequest() {
    when(members.inAny(any(), any())).thenAnswer(call -> {
      String user = call.getArgument(0);
      Collection<String> groups = call.getArgument(1);
      return user != null && GROUPS.getOrDefault(user, List.of()).stream()
          .anyMatch(groups::contains);
    });
    when(requests.get(7L)).thenReturn(new BudgetRequest(7L, 11L, "Webinar", "events",
        "2026-Q4", 400_050, "EUR", 120, 1_500_000L, null, " ", "mia",
        BudgetRequestStatus.SUBMITTED, true, 300_000L, "pi-7"));
    when(ledger.fit("2026-Q4", "events", 11L, 7L, 400_050))
        .thenReturn(new BudgetLedger.Fit(new BudgetLine("2026-Q4", "events", "EUR", 1_000_000,
            600_000, 100_000, 0, List.of(new BudgetLine.OverCommitment(12L, "Fair", 50_000,
                75_000))), -100_050));
    when(roi.channelHistory("events", 11L)).thenReturn("Fair: ROI 0.5000, spend 100.00 EUR");
    when(channelReviews.latest("events"))
        .thenReturn("Fair (2026-Q3): ROI 0.5 vs target 1, STOP by max on 2026-10-02");
  }

  @Test
  void shouldShowTheApprovalTheRequestItsBudgetAndItsLevel() {
    TaskView view = approval.prepareApproval(7L, 2, "finance");

    assertThat(view.name()).isEqualTo("Approve budget: Webinar: 4000.50 EUR (events, 2026-Q4)");
    assertThat(view.due()).isEqualTo(TestClock.now().plus(Duration.ofDays(3)));
    assertThat(view.locals()).containsExactly(
        Map.entry("request", "Webinar: 4000.50 EUR (events, 2026-Q4)"),
        Map.entry("requestRequester", "mia"),
        Map.entry("requestJustification", "-"),
        Map.entry("requestExpected", "120 leads, 15000.00 EUR revenue"),
        Map.entry("remainingBudget", "3000.00 EUR of 10000.00 allocated"),
        Map.entry("overBudget", true),
        Map.entry("approvalLevel", "Level 2: finance"),
        Map.entry("channelRoi", "Fair: ROI 0.5000, spend 100.00 EUR"),
        Map.entry("overCommitment",
            "Fair: 750.00 actual against 500.00 committed, 250.00 EUR over"),
        Map.entry("channelReviews",
            "Fair (2026-Q3): ROI 0.5 vs target 1, STOP by max on 2026-10-02"));
  }

  @Test
  void shouldRefuseARequestInAnotherUsersNameOrASecondApprovalOfAStoredRequest() {
    BudgetRequestInput form = new BudgetRequestInput(null, "Webinar", "events", "2026-Q4",
        "4000.50", "EUR", null, null, null, null);
    assertThatThrownBy(() -> approval.register(null, form, "max", "mia", "pi-8"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("A budget request's requester is the user who starts it: mia, not max");

    BudgetRequest tied = requests.get(7L);
    when(requests.find(7L)).thenReturn(java.util.Optional.of(tied));
    assertThatThrownBy(() -> approval.register(7L, null, null, "mia", "pi-8"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Budget request 7 is not yours to start: it has its approval or another "
            + "requester");
    when(requests.find(8L)).thenReturn(java.util.Optional.empty());
    assertThatThrownBy(() -> approval.register(8L, null, null, null, "pi-8"))
        .hasMessage("No budget request 8");
    verify(requests, never()).setProcessInstanceId(anyLong(), any());
    verify(requests, never()).insert(any(), any(), any(), any());
  }

  @Test
  void shouldRecordADecisionAtTheLevelTheDatabaseSaysIsNextNotTheOneTheLoopClaims() {
    when(levels.required(7L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "finance", 40L)));
    when(levels.approvalsSince(7L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "max")));

    approval.decide(7L, 1, "marketing", "APPROVE", null, "fiona");

    verify(requests).insertDecision(eq(7L), eq(2), eq("finance"), eq("fiona"), eq(null),
        eq("APPROVE"), eq(null), any());
  }

  @Test
  void shouldCommitOnlyWithEveryRequiredLevelApprovedByDistinctPeopleOtherThanTheRequester() {
    when(levels.required(7L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "marketing-managers", 40L),
        new BudgetApprovalLevelRepository.RequiredLevel(3, "finance", 40L)));
    when(levels.approvalsSince(7L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "mia"),
        new BudgetApprovalLevelRepository.Approval(2, "max")));

    assertThatThrownBy(() -> approval.commit(7L)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Budget request 7 is not committed: level 1 was approved by the requester "
            + "mia; level 3 (finance) has no approval");

    when(levels.approvalsSince(7L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "max"),
        new BudgetApprovalLevelRepository.Approval(2, "max"),
        new BudgetApprovalLevelRepository.Approval(3, "fiona")));
    assertThatThrownBy(() -> approval.commit(7L))
        .hasMessage("Budget request 7 is not committed: level 2 was approved by max, who "
            + "approved another level");

    // Finance's level approved by someone outside finance (an admin, an assignee of another
    // group), or by a marketing manager who has left marketing-managers since.
    when(levels.approvalsSince(7L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "max"),
        new BudgetApprovalLevelRepository.Approval(2, "sam"),
        new BudgetApprovalLevelRepository.Approval(3, "admin")));
    assertThatThrownBy(() -> approval.commit(7L))
        .hasMessage("Budget request 7 is not committed: level 2 was approved by sam, not a "
            + "member of marketing-managers; level 3 was approved by admin, not a member of "
            + "finance");
    verify(ledger, never()).commit(anyLong(), any(), any(), any(), anyLong(), any(),
        anyBoolean(), any());
  }

  @Test
  void shouldRefuseAnUnknownDecisionAndRecordNothing() {
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing-managers", "MAYBE", null,
        "max"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Decision on budget request 7 must be one of [APPROVE, REJECT, SEND_BACK], "
            + "was MAYBE");
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing-managers", null, null,
        "max"))
        .hasMessage("Decision on budget request 7 must be one of [APPROVE, REJECT, SEND_BACK], "
            + "was null");
    verifyNothingRecorded();
  }

  @Test
  void shouldRefuseARejectionOrSendingBackWithoutAReason() {
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing-managers", "REJECT", " ",
        "max"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Decision on budget request 7: REJECT needs a comment that says why");
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing-managers", "SEND_BACK",
        null, "max"))
        .hasMessage("Decision on budget request 7: SEND_BACK needs a comment that says why");
    verifyNothingRecorded();
  }

  @Test
  void shouldRefuseADecisionByTheRequester() {
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing-managers", "APPROVE",
        null, "mia"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'mia' requested budget request 7 and cannot decide on it: another "
            + "member of marketing-managers must");
    verifyNothingRecorded();
  }

  @Test
  void shouldRecordAnApprovalWithItsLevelGroupAndApprover() {
    approval.decide(7L, 2, "finance", "APPROVE", null, "fiona");

    verify(requests).insertDecision(7L, 2, "finance", "fiona", null, "APPROVE", null,
        TestClock.offsetNow());
    verify(requests, never()).setStatus(anyLong(), any(), any());
  }

  @Test
  void shouldEndARejectedRequest() {
    approval.decide(7L, 1, "marketing-managers", "REJECT", "too much", "mona");

    verify(requests).insertDecision(7L, 1, "marketing-managers", "mona", null, "REJECT",
        "too much", TestClock.offsetNow());
    verify(requests).setStatus(7L, BudgetRequestStatus.REJECTED, TestClock.offsetNow());
  }

  @Test
  void shouldRefuseADecisionBySomeoneOutsideTheLevelsStoredGroup() {
    when(levels.required(7L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "finance", 40L)));
    when(levels.approvalsSince(7L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "max")));

    // An admin; an assignee outside finance (the loop's group variable says marketing); nobody.
    assertThatThrownBy(() -> approval.decide(7L, 2, "finance", "APPROVE", null, "admin"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'admin' may not decide on level 2 of budget request 7: a member of "
            + "finance must");
    assertThatThrownBy(() -> approval.decide(7L, 2, "marketing", "APPROVE", null, "mona"))
        .hasMessage("User 'mona' may not decide on level 2 of budget request 7: a member of "
            + "finance must");
    assertThatThrownBy(() -> approval.decide(7L, 2, "finance", "REJECT", "no", null))
        .hasMessage("User 'null' may not decide on level 2 of budget request 7: a member of "
            + "finance must");
    verifyNothingRecorded();
  }

  @Test
  void shouldHandARequestSentBackToTheRequesterAsADraft() {
    approval.decide(7L, 1, "marketing-managers", "SEND_BACK", "halve it", "max");

    verify(requests).insertDecision(7L, 1, "marketing-managers", "max", null, "SEND_BACK",
        "halve it", TestClock.offsetNow());
    verify(requests).setStatus(7L, BudgetRequestStatus.DRAFT, TestClock.offsetNow());
  }

  @Test
  void shouldShowTheReworkWhyItCameBackAndWhatToChange() {
    TaskView view = approval.prepareRework(7L, "halve it");

    assertThat(view.name())
        .isEqualTo("Rework budget request: Webinar: 4000.50 EUR (events, 2026-Q4)");
    assertThat(view.due()).isNull();
    assertThat(view.locals()).containsExactly(
        Map.entry("request", "Webinar: 4000.50 EUR (events, 2026-Q4)"),
        Map.entry("sentBackBecause", "halve it"),
        Map.entry("newAmount", "4000.50"),
        Map.entry("newJustification", " "));
  }

  @Test
  void shouldRefuseAReworkWithoutAKnownActionOrWithABadAmount() {
    assertThatThrownBy(() -> approval.rework(7L, null, "3500", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Rework of budget request 7: reworkAction must be RESUBMIT or WITHDRAW, "
            + "was null");
    assertThatThrownBy(() -> approval.rework(7L, "RESUBMIT", "lots", null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Rework of budget request 7: newAmount 'lots' is not an amount");
    assertThatThrownBy(() -> approval.rework(7L, "RESUBMIT", "35.001", null))
        .hasMessage("Rework of budget request 7: newAmount '35.001' has more than two decimals");
    assertThatThrownBy(() -> approval.rework(7L, "RESUBMIT", null, null))
        .hasMessage("Rework of budget request 7: newAmount an amount is required");
    assertThatThrownBy(() -> approval.rework(7L, "RESUBMIT", "0.00", null))
        .hasMessage("Rework of budget request 7: newAmount must be more than 0");
    verify(requests, never()).rework(anyLong(), anyLong(), any(), any());
  }

  @Test
  void shouldStoreAResubmittedAmountAndJustification() {
    OptionalDouble amount = approval.rework(7L, "RESUBMIT", "3500.50", "half the booths");

    assertThat(amount).hasValue(3500.5);
    verify(requests).rework(7L, 350_050, "half the booths", TestClock.offsetNow());
  }

  @Test
  void shouldChangeNothingWhenTheRequesterWithdraws() {
    assertThat(approval.rework(7L, "WITHDRAW", "lots", null)).isEmpty();
    verify(requests, never()).rework(anyLong(), anyLong(), any(), any());
  }

  @Test
  void shouldExportNothingUnlessTheDatabaseShowsTheRequestApprovedAndCommitted()
      throws Exception {
    // Request 7 is SUBMITTED: whatever the process's decision variable says, not approved.
    assertThatThrownBy(() -> financeExport.export(7L)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Budget request 7 is not exported to Finance: its status is SUBMITTED, "
            + "not APPROVED");

    BudgetRequest approved = new BudgetRequest(8L, 11L, "Webinar", "events", "2026-Q4",
        400_050, "EUR", null, null, null, null, "mia", BudgetRequestStatus.APPROVED, false,
        null, "pi-8");
    when(requests.get(8L)).thenReturn(approved);
    when(levels.required(8L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "finance", 40L)));
    when(levels.approvalsSince(8L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "max")));
    assertThatThrownBy(() -> financeExport.export(8L))
        .hasMessage("Budget request 8 is not exported to Finance: level 2 (finance) has no "
            + "approval");

    when(levels.approvalsSince(8L, 40L)).thenReturn(java.util.List.of(
        new BudgetApprovalLevelRepository.Approval(1, "max"),
        new BudgetApprovalLevelRepository.Approval(2, "fiona")));
    assertThatThrownBy(() -> financeExport.export(8L))
        .hasMessage("Budget request 8 is not exported to Finance: it has no commitment in the "
            + "ledger");
    verify(financeFile, never()).append(any());

    when(ledger.hasCommitment(8L)).thenReturn(true);
    financeExport.export(8L);
    verify(financeFile).append(approved);
  }

  @Test
  void shouldShowWhatTheFinanceExportFailedOn() {
    TaskView view = financeExport.prepareResolution(7L, "the export folder out is not writable");

    assertThat(view.name())
        .isEqualTo("Finance export failed: Webinar: 4000.50 EUR (events, 2026-Q4)");
    assertThat(view.locals()).containsExactly(
        Map.entry("request", "Webinar: 4000.50 EUR (events, 2026-Q4)"),
        Map.entry("exportProblemShown", "the export folder out is not writable"));
    assertThat(financeExport.prepareResolution(7L, null).locals())
        .containsEntry("exportProblemShown", "-");
  }

  private void levels(List<BudgetApprovalLevelRepository.RequiredLevel> required,
      BudgetApprovalLevelRepository.Approval... approvals) {
    when(levels.required(7L)).thenReturn(required);
    when(levels.approvalsSince(7L, 40L)).thenReturn(List.of(approvals));
  }

  private static final List<BudgetApprovalLevelRepository.RequiredLevel> MARKETING_AND_MANAGERS =
      List.of(new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L),
          new BudgetApprovalLevelRepository.RequiredLevel(2, "marketing-managers", 40L));

  @Test
  void shouldRecordADeputysApprovalOnBehalfOfTheAbsentApprover() {
    levels(MARKETING_AND_MANAGERS);

    approval.decide(7L, 1, "marketing", "APPROVE", null, "dan", "ann");

    verify(requests).insertDecision(7L, 1, "marketing", "dan", "ann", "APPROVE", null,
        TestClock.offsetNow());
  }

  @Test
  void shouldNotLetADeputyApproveALevelOnBehalfOfAnApproverWhoApprovedAnother() {
    // ann approved level 1 herself, then went away with dan as her deputy: dan may not
    // approve level 2 for her (one person never approves two levels), nor may ann herself.
    levels(MARKETING_AND_MANAGERS, new BudgetApprovalLevelRepository.Approval(1, "ann"));

    assertThatThrownBy(() -> approval.decide(7L, 2, "marketing-managers", "APPROVE", null,
        "dan", "ann"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'dan' may not approve level 2 of budget request 7 on behalf of 'ann', "
            + "who approved another level of it: another member of marketing-managers must, in "
            + "their own name");
    assertThatThrownBy(() -> approval.decide(7L, 2, "marketing-managers", "APPROVE", null,
        "ann"))
        .hasMessage("User 'ann' approved another level of budget request 7: another member of "
            + "marketing-managers must");
    verifyNothingRecorded();
  }

  @Test
  void shouldNotLetAnAbsentApproversDeputyApproveASecondLevelInTheirOwnNameEither() {
    // dan approved level 1 on behalf of ann: both count as its approvers.
    levels(MARKETING_AND_MANAGERS,
        new BudgetApprovalLevelRepository.Approval(1, "dan", "ann"));

    assertThatThrownBy(() -> approval.decide(7L, 2, "marketing-managers", "APPROVE", null,
        "dan"))
        .hasMessage("User 'dan' approved another level of budget request 7: another member of "
            + "marketing-managers must");
    assertThatThrownBy(() -> approval.decide(7L, 2, "marketing-managers", "APPROVE", null,
        "ann"))
        .hasMessage("User 'ann' approved another level of budget request 7: another member of "
            + "marketing-managers must");
    verifyNothingRecorded();
  }

  @Test
  void shouldNeverLetADeputyDecideOnBehalfOfTheRequester() {
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing", "APPROVE", null, "max",
        "mia"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'max' may not decide on budget request 7 on behalf of 'mia', who "
            + "requested it: another member of marketing must, in their own name");
    verifyNothingRecorded();
  }

  @Test
  void shouldCountTheAbsentApproverAsAnApproverWhenCommitting() {
    levels(MARKETING_AND_MANAGERS, new BudgetApprovalLevelRepository.Approval(1, "dan", "ann"),
        new BudgetApprovalLevelRepository.Approval(2, "ann"));
    assertThatThrownBy(() -> approval.commit(7L))
        .hasMessage("Budget request 7 is not committed: level 2 was approved by ann, who "
            + "approved another level");

    levels(MARKETING_AND_MANAGERS, new BudgetApprovalLevelRepository.Approval(1, "max", "mia"),
        new BudgetApprovalLevelRepository.Approval(2, "ann"));
    assertThatThrownBy(() -> approval.commit(7L))
        .hasMessage("Budget request 7 is not committed: level 1 was approved by the requester "
            + "max on behalf of mia");
    verify(ledger, never()).commit(anyLong(), any(), any(), any(), anyLong(), any(),
        anyBoolean(), any());
  }

  @Test
  void shouldLetTheEscalationGroupDecideAnOverdueLevel() {
    // mona is in marketing-managers only: level 1 (marketing) is not hers until it escalates.
    levels(MARKETING_AND_MANAGERS);
    assertThatThrownBy(() -> approval.decide(7L, 1, "marketing", "APPROVE", null, "mona"))
        .hasMessage("User 'mona' may not decide on level 1 of budget request 7: a member of "
            + "marketing must");

    when(levels.escalate(eq(7L), eq(1), eq(40L), eq("marketing-managers"), any()))
        .thenReturn(true);
    assertThat(approval.escalate(7L, 1, "marketing")).contains(
        new BudgetApproval.Escalation(1, "marketing", "marketing-managers"));
    levels(List.of(
        new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L,
            "marketing-managers"),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "marketing-managers", 40L)));
    approval.decide(7L, 1, "marketing", "APPROVE", null, "mona");

    verify(requests).insertDecision(7L, 1, "marketing", "mona", null, "APPROVE", null,
        TestClock.offsetNow());
    // Level 1 approved by mona as an escalation manager counts as hers: committing checks it.
    levels(List.of(
        new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L,
            "marketing-managers"),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "marketing-managers", 40L)),
        new BudgetApprovalLevelRepository.Approval(1, "mona"),
        new BudgetApprovalLevelRepository.Approval(2, "mona"));
    assertThatThrownBy(() -> approval.commit(7L))
        .hasMessage("Budget request 7 is not committed: level 2 was approved by mona, who "
            + "approved another level");
  }

  @Test
  void shouldEscalateALevelOnceAndFinancesToFinance() {
    levels(List.of(new BudgetApprovalLevelRepository.RequiredLevel(1, "marketing", 40L),
        new BudgetApprovalLevelRepository.RequiredLevel(2, "finance", 40L)),
        new BudgetApprovalLevelRepository.Approval(1, "max"));
    when(levels.escalate(eq(7L), eq(2), eq(40L), eq("finance"), any())).thenReturn(true, false);

    BudgetApproval.Escalation escalation = approval.escalate(7L, 2, "finance").orElseThrow();
    assertThat(escalation).isEqualTo(new BudgetApproval.Escalation(2, "finance", "finance"));
    assertThat(escalation.newDeciders()).isFalse();
    // The job retried: escalated before, nothing again.
    assertThat(approval.escalate(7L, 2, "finance")).isEmpty();
  }

  @Test
  void shouldHandAnAbsentApproversTaskToTheDeputyUnlessTheDeputyMayNotDecide() {
    levels(MARKETING_AND_MANAGERS);
    ApproverAbsence annAway = new ApproverAbsence(3L, "ann", "dan", TestClock.today(),
        TestClock.today(), "ann", TestClock.offsetNow(), null, null, "pi-3");
    assertThat(approval.handOver(7L, annAway)).contains("dan");

    // The deputy asked for the money; or one of the two approved another level already.
    ApproverAbsence deputyRequested = new ApproverAbsence(4L, "max", "mia", TestClock.today(),
        TestClock.today(), "max", TestClock.offsetNow(), null, null, "pi-4");
    assertThat(approval.handOver(7L, deputyRequested)).isEmpty();
    levels(MARKETING_AND_MANAGERS, new BudgetApprovalLevelRepository.Approval(1, "dan"));
    assertThat(approval.handOver(7L, annAway)).isEmpty();
    levels(MARKETING_AND_MANAGERS, new BudgetApprovalLevelRepository.Approval(1, "ann"));
    assertThat(approval.handOver(7L, annAway)).isEmpty();
  }

  private void verifyNothingRecorded() {
    verify(requests, never()).insertDecision(anyLong(), anyInt(), any(), any(), any(), any(),
        any(), any());
    verify(requests, never()).setStatus(anyLong(), any(), any());
  }
}
