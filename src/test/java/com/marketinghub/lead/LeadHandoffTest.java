package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.attribution.TouchpointRepository;
import com.marketinghub.lead.RoundRobinAssigner.Assignment;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

/** The automatic steps of {@link LeadHandoff} without the engine. */
class LeadHandoffTest {

  private final LeadRepository leads = mock(LeadRepository.class);
  private final TouchpointRepository touchpoints = mock(TouchpointRepository.class);
  private final LeadScorer scorer = mock(LeadScorer.class);
  private final RoundRobinAssigner assigner = mock(RoundRobinAssigner.class);
  private final LeadAlerts alerts = mock(LeadAlerts.class);
  private final LeadHandoff handoff = new LeadHandoff(leads, touchpoints, scorer, assigner,
      alerts, new LeadHandoffProperties("R/PT24H", Duration.ofHours(48), "R3/PT5M", "inactive",
          "sales-alerts", "sales-managers", Map.of()),
      mock(TaskService.class), TestClock.clock());
  private final Lead lead = LeadScorerTest.lead(null, null, "CEO");

  @Test
  void shouldStoreTheScoreAndHandTheDecisionItsFacts() {
    LeadScore score = new LeadScore(72, 80, 60, 60, 100, 85);
    when(leads.get(1L)).thenReturn(lead);
    when(touchpoints.findByLead(1L)).thenReturn(List.of());
    when(scorer.score(lead, List.of(), TestClock.offsetNow())).thenReturn(score);

    assertThat(handoff.score(1L)).isEqualTo(new LeadHandoff.RoutingFacts(72, "", 0, "NEW"));
    verify(leads).updateScore(1L, score, TestClock.offsetNow());
  }

  @Test
  void shouldAssignTheNextRepWithoutAlert() {
    when(assigner.next("sales-emea"))
        .thenReturn(new Assignment("sales-emea", "emma", "sales-emea", false));

    assertThat(handoff.assignOwner(1L, "sales-emea").owner()).isEqualTo("emma");

    verify(leads).assign(1L, "sales-emea", "emma", TestClock.offsetNow());
    verify(alerts, never()).noActiveMember(any(), anyString(), anyString());
  }

  @Test
  void shouldAlertTheManagersWhenTheTeamHasNobodyActive() {
    when(assigner.next("sales-emea"))
        .thenReturn(new Assignment("sales-emea", null, "sales-managers", true));
    when(leads.get(1L)).thenReturn(lead);

    assertThat(handoff.assignOwner(1L, "sales-emea").reviewGroup()).isEqualTo("sales-managers");

    verify(leads).assign(1L, "sales-emea", null, TestClock.offsetNow());
    verify(alerts).noActiveMember(lead, "sales-emea", "sales-managers");
  }

  @Test
  void shouldMarkTheSlaBreachedAndMailOwnerAndAlertGroup() {
    Lead owned = new Lead(1, "web", null, "a@b.example", "A", "B", "C", "DE", 500, "CEO", null,
        LeadStatus.MQL, 72, null, null, null, null, null, "sales-emea", "emma", null, true, null,
        null, null, null, null, LeadType.NEW, null);
    when(leads.get(1L)).thenReturn(owned);

    handoff.remindSla(1L);

    verify(leads).markSlaBreached(1L, TestClock.offsetNow());
    verify(alerts).slaBreached(owned, "emma", "sales-alerts");
  }

  @Test
  void shouldSetTheStatusOfAnEnd() {
    handoff.setStatus(1L, "NURTURE");

    verify(leads).updateStatus(1L, LeadStatus.NURTURE, TestClock.offsetNow());
  }
}
