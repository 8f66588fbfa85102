package com.marketinghub.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.account.Account;
import com.marketinghub.account.AccountRepository;
import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RetentionPlays} without the engine: what retention-play's three tasks show, the
 * choices they refuse and record, the reassessment and the outcome.
 */
class RetentionPlaysTest {

  private final AccountRepository accounts = mock(AccountRepository.class);
  private final HealthScoreRepository history = mock(HealthScoreRepository.class);
  private final RetentionPlayRepository plays = mock(RetentionPlayRepository.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final RetentionPlays retention =
      new RetentionPlays(accounts, history, plays, members, TestClock.clock());
  private final LocalDate renewal = TestClock.today().plusDays(60);
  private final List<HealthScoreRepository.DayScore> scores = List.of(
      new HealthScoreRepository.DayScore(TestClock.yesterday(), 32, "AT_RISK", List.of(
          new HealthScoreRepository.Component("usage", 20, new BigDecimal("0.40"),
              "2 of 10 seats active"))));

  @BeforeEach
  void anAccountAtRisk() {
    when(accounts.findByAccountId("ACME-1")).thenReturn(Optional.of(new Account(11L, "ACME-1",
        "Acme", "business", 10, 1_200_000, "EUR", renewal, "carl", false, "DE", 50,
        "ops@acme.test")));
    when(history.latest(11L, 14)).thenReturn(scores);
    when(plays.playOf(5L)).thenReturn(Optional.of(
        new RetentionPlayRepository.PlayOf("ACME-1", "pi-5")));
    when(plays.playOf(6L)).thenReturn(Optional.of(
        new RetentionPlayRepository.PlayOf("ACME-1", "pi-6")));
  }

  private static RetentionPlays.Play play(long id) {
    return new RetentionPlays.Play(id, "ACME-1", "pi-" + id);
  }

  @Test
  void shouldNameEachTaskAfterTheAccountAndShowItsHealth() {
    RetentionPlays.TaskView choose = retention.prepareChoosePlay("ACME-1", null);
    assertThat(choose.name()).isEqualTo("Choose a retention play: Acme (ACME-1)");
    assertThat(choose.locals()).containsOnlyKeys("accountSummary", "healthHistory")
        .containsEntry("accountSummary", "Acme (ACME-1), plan business, 10 seats, annual value "
            + "12000.00 EUR, renews " + renewal + ", CSM carl")
        .containsEntry("healthHistory", TestClock.yesterday() + ": 32 AT_RISK\n"
            + "    usage 20 x 0.4 (2 of 10 seats active)");

    assertThat(retention.prepareExecutePlay("ACME-1", "EXECUTIVE_OUTREACH").name())
        .isEqualTo("Carry out executive outreach: Acme (ACME-1)");
    assertThat(retention.prepareExecutePlay("ACME-1", null).name())
        .isEqualTo("Carry out the play: Acme (ACME-1)");
    assertThat(retention.prepareManagerReview("ACME-1").name())
        .isEqualTo("Still at risk after a play: Acme (ACME-1)");
    assertThatThrownBy(() -> retention.prepareManagerReview("NOPE-9"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Retention play of an unknown account NOPE-9");
  }

  @Test
  void shouldKeepTheCsmsNoteWithDayAndAuthorAndAFollowUpDayAfterToday() {
    java.time.LocalDate followUp = TestClock.today().plusDays(7);

    assertThat(retention.executePlay(play(5L), "  CFO on holiday ",
        followUp + "T00:00:00.000+0000", "carl"))
        .contains(followUp.atTime(6, 0).atZone(TestClock.zone()).toInstant());
    org.mockito.Mockito.verify(plays).recordExecution(5L,
        "[" + TestClock.today() + ", carl] CFO on holiday", followUp);

    assertThat(retention.executePlay(play(5L), "Met the CFO", "", "carl")).isEmpty();
    org.mockito.Mockito.verify(plays).recordExecution(5L,
        "[" + TestClock.today() + ", carl] Met the CFO", null);
    assertThat(retention.executePlay(play(5L), null, null, "carl")).isEmpty();
    org.mockito.Mockito.verify(plays).recordExecution(5L, null, null);

    java.time.LocalDate today = TestClock.today();
    assertThatThrownBy(() -> retention.executePlay(play(5L), "x",
        today.minusDays(1).toString(), "carl"))
        .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
        .hasMessage("Retention play 5: followUpOn must be from today (" + today + ") to "
            + today.plusDays(90) + ", was " + today.minusDays(1));
    assertThatThrownBy(() -> retention.executePlay(play(5L), "x", "9999-12-31", "carl"))
        .hasMessageContaining("followUpOn must be from today");
    assertThat(retention.executePlay(play(5L), null, today.plusDays(90).toString(), "carl"))
        .isPresent();
    assertThatThrownBy(() -> retention.executePlay(play(5L), "x", "soon", "carl"))
        .hasMessageContaining("followUpOn must be a date like 2026-06-01, was 'soon'");
    assertThatThrownBy(() -> retention.executePlay(play(5L), "x", "2026-06-01junk", "carl"))
        .hasMessageContaining("followUpOn must be a date like 2026-06-01");
    assertThatThrownBy(() -> retention.executePlay(play(5L), "x".repeat(2001), null, "carl"))
        .hasMessage("Retention play 5: playNotes holds at most 2000 characters, had 2001");
  }

  @Test
  void shouldShowThePlaysNotesToTheCsmAndTheManager() {
    when(plays.notes(5L)).thenReturn(new RetentionPlayRepository.PlayNotes(
        "[2026-05-20, carl] CFO on holiday", TestClock.today().plusDays(7)));
    when(plays.notes(6L)).thenReturn(new RetentionPlayRepository.PlayNotes(null, null));

    assertThat(retention.notesView(play(5L)))
        .containsEntry("playHistory", "[2026-05-20, carl] CFO on holiday")
        .containsEntry("followUpSet", TestClock.today().plusDays(7).toString());
    assertThat(retention.notesView(play(6L))).containsEntry("playHistory", "No notes yet")
        .containsEntry("followUpSet", "-");
    // Many notes: the newest that fit a string variable, the older ones named.
    String many = java.util.stream.IntStream.range(0, 10)
        .mapToObj(i -> "[2026-05-" + (10 + i) + ", carl] " + "n".repeat(1000))
        .collect(java.util.stream.Collectors.joining("\n\n"));
    when(plays.notes(7L)).thenReturn(new RetentionPlayRepository.PlayNotes(many, null));
    when(plays.playOf(7L)).thenReturn(Optional.of(
        new RetentionPlayRepository.PlayOf("ACME-1", "pi-7")));
    String shown = (String) retention.notesView(play(7L)).get("playHistory");
    assertThat(shown.length()).isLessThan(4000);
    assertThat(shown).startsWith("(earlier notes: GET /api/accounts/{id}/health")
        .contains("[2026-05-19, carl]").doesNotContain("[2026-05-10, carl]");
  }

  @Test
  void shouldSayAnOfferThatWasNotApprovedWhenChoosingAgain() {
    assertThat(retention.prepareChoosePlay("ACME-1", "APPROVE").locals())
        .doesNotContainKey("offerNote");
    assertThat(retention.prepareChoosePlay("ACME-1", "REJECT").locals())
        .containsEntry("offerNote", "The commercial offer's budget was not approved: choose "
            + "another play.");
  }

  @Test
  void shouldRefuseAnUnknownPlayNoActionWithoutReasonAndAnOfferWithoutDiscount() {
    assertThatThrownBy(() -> retention.choosePlay(play(5L), "PRAYER", null, null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Retention play: playType must be one of [EXECUTIVE_OUTREACH, "
            + "TRAINING_SESSION, SUCCESS_PLAN_REVIEW, COMMERCIAL_OFFER, NO_ACTION], was PRAYER");
    assertThatThrownBy(() -> retention.choosePlay(play(5L), null, null, null))
        .hasMessageEndingWith("was null");
    assertThatThrownBy(() -> retention.choosePlay(play(5L), "NO_ACTION", null, null))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Retention play: no action needs a reason (noActionReason)");
    for (String amount : new String[] {null, "0", "-5", "much"}) {
      assertThatThrownBy(() -> retention.choosePlay(play(5L), "COMMERCIAL_OFFER", null, amount))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessage("Retention play: a commercial offer needs its discount as offerAmount "
              + "above 0, was " + amount);
    }
    verify(plays, never()).chosen(anyLong(), any(), any());
  }

  @Test
  void shouldRecordThePlayAndTheReasonOfNoActionOnly() {
    retention.choosePlay(play(5L), "COMMERCIAL_OFFER", "ignored", "250.0");
    retention.choosePlay(play(6L), "NO_ACTION", "renewed last week", null);

    verify(plays).chosen(5L, PlayType.COMMERCIAL_OFFER, null);
    verify(plays).chosen(6L, PlayType.NO_ACTION, "renewed last week");
  }

  @Test
  void shouldRefuseAManagerDecisionOutsideTheListOrByAnyoneButAManager() {
    assertThatThrownBy(() -> retention.reviewStillAtRisk(play(5L), "ESCALATE", "cara"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Retention play review: managerDecision must be one of [ACCEPT_RISK, "
            + "ANOTHER_PLAY], was ESCALATE");
    assertThatThrownBy(() -> retention.reviewStillAtRisk(play(5L), null, "cara"))
        .hasMessageEndingWith("was null");
    // carl is a CSM, not a manager.
    assertThatThrownBy(() -> retention.reviewStillAtRisk(play(5L), "ACCEPT_RISK", "carl"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'carl' may not decide on retention play 5: a member of "
            + "[customer-success-managers] must");
    verify(plays, never()).managerDecided(anyLong(), any(), any(), any());
  }

  @Test
  void shouldRecordTheManagersDecisionWithWhoTookIt() {
    when(members.inAny("cara", List.of("customer-success-managers"))).thenReturn(true);

    retention.reviewStillAtRisk(play(5L), "ANOTHER_PLAY", "cara");
    retention.reviewStillAtRisk(play(6L), "ACCEPT_RISK", "cara");

    verify(plays).managerDecided(5L, "ANOTHER_PLAY", "cara", TestClock.offsetNow());
    verify(plays).managerDecided(6L, "ACCEPT_RISK", "cara", TestClock.offsetNow());
  }

  @Test
  void shouldReassessWithTheLatestBandAndAtRiskWhenNeverScored() {
    when(history.latestBand(11L)).thenReturn(Optional.of("HEALTHY"));
    assertThat(retention.reassess("ACME-1"))
        .isEqualTo(new RetentionPlays.Reassessment(false, "HEALTHY"));

    when(history.latestBand(11L)).thenReturn(Optional.empty());
    assertThat(retention.reassess("ACME-1").latestBand()).isEqualTo("AT_RISK");
  }

  @Test
  void shouldEndTheOpenPlayWithAnOutcomeTheDatabaseBearsOut() {
    when(history.latestBand(11L)).thenReturn(Optional.of("WATCH"));
    retention.end(play(5L), PlayOutcome.SAVED);
    verify(plays).end(5L, PlayOutcome.SAVED, TestClock.offsetNow());

    when(plays.managerDecision(6L)).thenReturn(Optional.of(
        new RetentionPlayRepository.ManagerDecision("ACCEPT_RISK", "cara")));
    when(members.inAny("cara", List.of("customer-success-managers"))).thenReturn(true);
    retention.end(play(6L), PlayOutcome.RISK_ACCEPTED);
    verify(plays).end(6L, PlayOutcome.RISK_ACCEPTED, TestClock.offsetNow());

    retention.end(play(6L), PlayOutcome.CANCELLED);
    verify(plays).end(6L, PlayOutcome.CANCELLED, TestClock.offsetNow());
  }

  @Test
  void shouldRecordNoOutcomeTheDatabaseDoesNotBearOut() {
    // Still AT_RISK and not churned: neither saved nor churned, whatever path led here.
    when(history.latestBand(11L)).thenReturn(Optional.of("AT_RISK"));
    assertThatThrownBy(() -> retention.end(play(5L), PlayOutcome.SAVED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Retention play 5 of account ACME-1 does not end SAVED: the account is "
            + "still AT_RISK");
    assertThatThrownBy(() -> retention.end(play(5L), PlayOutcome.CHURNED))
        .hasMessage("Retention play 5 of account ACME-1 does not end CHURNED: the account is "
            + "not marked churned");

    // Risk accepted without a manager's recorded decision, with another decision, or by a CSM.
    when(plays.managerDecision(5L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> retention.end(play(5L), PlayOutcome.RISK_ACCEPTED))
        .hasMessage("Retention play 5 of account ACME-1 does not end RISK_ACCEPTED: no "
            + "manager's decision is recorded");
    when(plays.managerDecision(5L)).thenReturn(Optional.of(
        new RetentionPlayRepository.ManagerDecision("ANOTHER_PLAY", "cara")));
    assertThatThrownBy(() -> retention.end(play(5L), PlayOutcome.RISK_ACCEPTED))
        .hasMessageEndingWith("the manager's decision is ANOTHER_PLAY");
    when(plays.managerDecision(5L)).thenReturn(Optional.of(
        new RetentionPlayRepository.ManagerDecision("ACCEPT_RISK", "carl")));
    assertThatThrownBy(() -> retention.end(play(5L), PlayOutcome.RISK_ACCEPTED))
        .hasMessageEndingWith("it was decided by carl, a member of none of "
            + "[customer-success-managers]");

    verify(plays, never()).end(anyLong(), any(), any());
  }

  @Test
  void shouldRefuseAPlayIdOfAnotherAccountOrInstanceAndRecordNothing() {
    // playId is a variable; the account is the business key, and the play names its instance.
    when(plays.playOf(7L)).thenReturn(Optional.of(
        new RetentionPlayRepository.PlayOf("OTHER-2", "pi-7")));

    assertThatThrownBy(() -> retention.end(play(7L), PlayOutcome.SAVED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Retention play 7 is account OTHER-2's play of process instance pi-7, not "
            + "account ACME-1's of pi-7");
    assertThatThrownBy(() -> retention.choosePlay(new RetentionPlays.Play(5L, "ACME-1", "pi-x"),
        "EXECUTIVE_OUTREACH", null, null))
        .hasMessage("Retention play 5 is account ACME-1's play of process instance pi-5, not "
            + "account ACME-1's of pi-x");
    assertThatThrownBy(() -> retention.end(play(8L), PlayOutcome.SAVED))
        .hasMessage("No retention play 8");
    verify(plays, never()).end(anyLong(), any(), any());
    verify(plays, never()).chosen(anyLong(), any(), any());
  }
}
