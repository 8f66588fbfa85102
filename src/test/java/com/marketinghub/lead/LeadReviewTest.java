package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.attribution.Touchpoint;
import com.marketinghub.attribution.TouchpointRepository;
import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/**
 * {@link LeadReview} without the engine: what the review task shows and stores, which
 * completions it refuses, and the status a decision gives the lead.
 */
class LeadReviewTest {

  private final LeadRepository leads = mock(LeadRepository.class);
  private final TouchpointRepository touchpoints = mock(TouchpointRepository.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final LeadAccounts accounts = mock(LeadAccounts.class);
  private final LeadReview review = new LeadReview(leads, touchpoints,
      new LeadHandoffProperties("R/PT24H", Duration.ofHours(48), "R3/PT5M", "inactive",
          "sales-managers", "sales-managers", Map.of()),
      members, accounts, TestClock.clock());

  @Test
  void shouldNameTheTaskAfterTheCompanyAndScoreAndShowTheLead() {
    when(leads.get(1L)).thenReturn(scored(LeadType.NEW, "ACME", "VP Sales"));
    OffsetDateTime touched = TestClock.offsetNow().minusDays(3);
    when(touchpoints.findByLead(1L)).thenReturn(List.of(
        new Touchpoint(1, 1, 4, "Spring webinar", "webinar", touched),
        new Touchpoint(2, 1, 5, "Pricing page", "demo_request", touched)));

    TaskView view = review.prepare(1L);

    assertThat(view.name()).isEqualTo("Review lead: ACME (score 72)");
    String day = touched.atZoneSameInstant(TestClock.zone()).toLocalDate().toString();
    assertThat(view.locals()).containsExactly(
        Map.entry("leadName", "Ada Lovelace"),
        Map.entry("leadCompany", "ACME"),
        Map.entry("leadEmail", "ada@acme.example"),
        Map.entry("leadJobTitle", "VP Sales"),
        Map.entry("leadCountry", "DE"),
        Map.entry("leadCompanySize", "500"),
        Map.entry("leadScore", 72),
        Map.entry("leadScoreParts",
            "fit 80 (company size 60, country 100, seniority 85), engagement 60"),
        Map.entry("leadTouchpoints", day + " webinar (Spring webinar)\n"
            + day + " demo_request (Pricing page)"),
        Map.entry("leadAccount", "No account: a new prospect"),
        Map.entry("leadAccountHealth", "-"),
        Map.entry("leadAccountPlay", "-"));
  }

  @Test
  void shouldShowTheLeadsAccountItsHealthBandAndOpenPlay() {
    when(leads.get(1L)).thenReturn(scored(LeadType.NEW, "ACME", "VP Sales"));
    when(accounts.view(any())).thenReturn(java.util.Optional.of(new LeadAccounts.View(
        new com.marketinghub.account.AccountMatch.Candidate(7, "acme-1", "ACME GmbH",
            "sales-na", false), "DOMAIN", new java.math.BigDecimal("0.95"), "AT_RISK",
        "discount (IN_PROGRESS)")));

    TaskView view = review.prepare(1L);

    assertThat(view.locals())
        .containsEntry("leadAccount", "ACME GmbH (acme-1), customer, owned by sales-na; "
            + "matched by DOMAIN (confidence 0.95)")
        .containsEntry("leadAccountHealth", "AT_RISK")
        .containsEntry("leadAccountPlay", "discount (IN_PROGRESS)");
  }

  @Test
  void shouldMakeTheReviewDueOneSlaIntervalFromNowAndStoreIt() {
    when(leads.get(1L)).thenReturn(scored(LeadType.NEW, "ACME", "VP Sales"));

    TaskView view = review.prepare(1L);

    OffsetDateTime due = TestClock.offsetNow().plusHours(24);
    assertThat(view.due()).isEqualTo(due);
    verify(leads).setSlaDue(1L, due);
  }

  @Test
  void shouldSayExpansionAndFillGapsWithDashes() {
    when(leads.get(1L)).thenReturn(scored(LeadType.EXPANSION, null, null));
    when(touchpoints.findByLead(1L)).thenReturn(List.of());

    TaskView view = review.prepare(1L);

    assertThat(view.name()).isEqualTo("Review expansion: Ada Lovelace (score 72)");
    assertThat(view.locals()).containsEntry("leadCompany", "Ada Lovelace")
        .containsEntry("leadJobTitle", "-").containsEntry("leadTouchpoints", "none");
  }

  @Test
  void shouldRefuseAnIncompleteReviewNamingTheLeadAndWhatIsMissing() {
    assertThatThrownBy(() -> review.complete(1L, null, null, null, "emma"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Review of lead 1 is incomplete: decision must be one of "
            + "[accept, reject, recycle], was null");
    assertThatThrownBy(() -> review.complete(1L, "reject", null, null, "emma"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Review of lead 1 is incomplete: a rejection needs rejectReason, one of "
            + "[not_a_fit, no_budget, duplicate, bad_contact_data, other], was null");
    assertThatThrownBy(() -> review.complete(1L, "reject", "other", " ", "emma"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Review of lead 1 is incomplete: rejectReason 'other' needs a "
            + "rejectComment saying why");
  }

  @Test
  void shouldTakeACompleteReviewAndRecordWhoTookItAndTheDecision() {
    when(leads.get(1L)).thenReturn(scored(LeadType.NEW, "ACME", "VP Sales"));
    when(members.inAny("emma", List.of("sales-emea", "sales-managers"))).thenReturn(true);
    when(members.inAny("sarah", List.of("sales-emea", "sales-managers"))).thenReturn(true);

    assertThatNoException().isThrownBy(() -> review.complete(1L, "accept", null, null, "emma"));
    assertThatNoException().isThrownBy(() -> review.complete(1L, "reject", "other", "region",
        "sarah"));

    verify(leads).recordReview(1L, "emma", "accept", null, null, TestClock.offsetNow());
    verify(leads).recordReview(1L, "sarah", "reject", "other", "region",
        TestClock.offsetNow());
  }

  @Test
  void shouldRefuseAReviewBySomeoneOutsideTheTeamAndItsManagers() {
    when(leads.get(1L)).thenReturn(scored(LeadType.NEW, "ACME", "VP Sales"));

    // nick is in sales-na; admin in camunda-admin; nobody: an unauthenticated, unassigned task.
    assertThatThrownBy(() -> review.complete(1L, "accept", null, null, "nick"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("User 'nick' may not review lead 1: a member of [sales-emea, "
            + "sales-managers] must");
    assertThatThrownBy(() -> review.complete(1L, "accept", null, null, null))
        .hasMessage("User 'null' may not review lead 1: a member of [sales-emea, "
            + "sales-managers] must");
    verify(leads, never()).recordReview(anyLong(), any(), any(), any(), any(), any());
  }

  @Test
  void shouldKeepTheReasonOfARejectionOnly() {
    when(leads.get(1L)).thenReturn(scored(LeadType.NEW, "ACME", "VP Sales"));
    when(members.inAny("emma", List.of("sales-emea", "sales-managers"))).thenReturn(true);

    review.complete(1L, "recycle", "no_budget", "stale", "emma");

    verify(leads).recordReview(1L, "emma", "recycle", null, null, TestClock.offsetNow());
  }

  @Test
  void shouldGiveTheLeadTheStatusOfItsRecordedDecision() {
    when(leads.review(1L)).thenReturn(new LeadRepository.Review("emma", "accept"));
    when(leads.review(2L)).thenReturn(new LeadRepository.Review("sarah", "reject"));
    when(leads.review(3L)).thenReturn(new LeadRepository.Review("emma", "recycle"));

    assertThat(review.recordDecision(1L)).isEqualTo("accept");
    assertThat(review.recordDecision(2L)).isEqualTo("reject");
    assertThat(review.recordDecision(3L)).isEqualTo("recycle");

    verify(leads).recordDecision(1L, LeadStatus.ACCEPTED, TestClock.offsetNow());
    verify(leads).recordDecision(2L, LeadStatus.REJECTED, TestClock.offsetNow());
    verify(leads).recordDecision(3L, LeadStatus.RECYCLED, TestClock.offsetNow());
  }

  @Test
  void shouldRecordNoStatusWithoutARecordedDecision() {
    // The process moved to Task_RecordReviewDecision past the review, its decision variable
    // saying accept: only the review's completion records a decision.
    when(leads.review(1L)).thenReturn(new LeadRepository.Review(null, null));
    assertThatThrownBy(() -> review.recordDecision(1L))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Lead 1 has no review decision recorded: its review was not completed "
            + "since it was assigned");
    when(leads.review(1L)).thenReturn(new LeadRepository.Review("emma", "maybe"));
    assertThatThrownBy(() -> review.recordDecision(1L))
        .hasMessage("Lead 1 has an unknown review decision recorded: maybe");
    verify(leads, never()).recordDecision(anyLong(), any(), any());
  }

  private static Lead scored(LeadType type, String company, String jobTitle) {
    return new Lead(1, "web", null, "ada@acme.example", "Ada", "Lovelace", company, "DE", 500,
        jobTitle, null, LeadStatus.MQL, 72, 80, 60, 60, 100, 85, "sales-emea", "emma", null,
        false, null, null, null, null, "pi-1", type, null);
  }
}
