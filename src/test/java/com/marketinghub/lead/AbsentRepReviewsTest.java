package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.security.Absences;
import com.marketinghub.support.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link AbsentRepReviews} without the engine: who gets an absent rep's reviews. */
class AbsentRepReviewsTest {

  private final Absences absences = mock(Absences.class);
  private final LeadRepository leads = mock(LeadRepository.class);
  private final RoundRobinAssigner assigner = mock(RoundRobinAssigner.class);
  private final LeadAlerts alerts = mock(LeadAlerts.class);
  private final TaskService tasks = mock(TaskService.class);
  private final TaskQuery query = mock(TaskQuery.class, RETURNS_SELF);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final ProcessInstanceQuery instanceQuery = mock(ProcessInstanceQuery.class, RETURNS_SELF);
  private final List<ProcessInstance> instances = new ArrayList<>();
  private final AbsentRepReviews reviews = new AbsentRepReviews(absences, leads, assigner,
      alerts, new LeadHandoffProperties("R/PT24H", Duration.ofHours(48), "R3/PT5M", "inactive",
          "sales-managers", "sales-managers", Map.of()), tasks, runtime, TestClock.clock());
  private final List<Task> held = new ArrayList<>();

  @BeforeEach
  void absence() {
    when(absences.today()).thenReturn(TestClock.today());
    when(absences.find(9L)).thenReturn(Optional.of(new Absences.Absence(9, "emma", "sam",
        TestClock.today(), TestClock.today().plusDays(2), true)));
    when(tasks.createTaskQuery()).thenReturn(query);
    when(query.listPage(0, 200)).thenReturn(held);
    when(runtime.createProcessInstanceQuery()).thenReturn(instanceQuery);
    when(instanceQuery.listPage(0, 500)).thenReturn(instances);
  }

  @Test
  void shouldGiveTheReviewsToTheDeputyWhenTheDeputyTakesTheTeamsLeads() {
    review("t1", 1, "sales-emea");
    when(assigner.activeMembers(eq("sales-emea"), any())).thenReturn(List.of("emma", "sam"));

    assertThat(reviews.handOver(9L)).isEqualTo(1);

    verify(query).taskAssignee("emma");
    verify(query).active();
    verify(tasks).setAssignee("t1", "sam");
    verify(leads).assign(eq(1L), eq("sales-emea"), eq("sam"), any());
  }

  @Test
  void shouldShareTheReviewsAmongTheOtherActiveRepsWhenTheDeputyIsNotInTheTeam() {
    review("t1", 1, "sales-na");
    review("t2", 2, "sales-na");
    review("t3", 3, "sales-na");
    when(assigner.activeMembers(eq("sales-na"), any())).thenReturn(List.of("emma", "nick",
        "nora"));

    reviews.handOver(9L);

    verify(tasks).setAssignee("t1", "nick");
    verify(tasks).setAssignee("t2", "nora");
    verify(tasks).setAssignee("t3", "nick");
    // No turn of the round robin is spent: a retried job hands over the same way.
    verify(assigner, never()).next(any());
  }

  @Test
  void shouldOfferTheReviewToTheManagersWithAnAlertWhenNobodyIsActive() {
    Lead lead = review("t1", 1, "sales-emea");
    when(assigner.activeMembers(eq("sales-emea"), any())).thenReturn(List.of("emma"));

    reviews.handOver(9L);

    verify(tasks).setAssignee("t1", null);
    verify(tasks).addCandidateGroup("t1", "sales-managers");
    verify(alerts).noActiveMember(lead, "sales-emea", "sales-managers");
  }

  @Test
  void shouldHandNothingOverForAnAbsenceNotInForce() {
    when(absences.find(9L)).thenReturn(Optional.of(new Absences.Absence(9, "emma", "sam",
        TestClock.today(), TestClock.today().plusDays(2), false)));
    review("t1", 1, "sales-emea");

    assertThat(reviews.handOver(9L)).isZero();
    verify(tasks, never()).setAssignee(any(), any());
  }

  private Lead review(String taskId, long leadId, String team) {
    Task task = mock(Task.class);
    when(task.getId()).thenReturn(taskId);
    when(task.getProcessInstanceId()).thenReturn("pi-" + taskId);
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn("pi-" + taskId);
    when(instance.getBusinessKey()).thenReturn(String.valueOf(leadId));
    instances.add(instance);
    Lead lead = new Lead(leadId, "web", null, "a@b.example", "A", "B", "C", "DE", 500, "CEO",
        null, LeadStatus.MQL, 80, 80, 0, 80, 100, 100, team, "emma", null, false, null, null,
        null, null, "pi-" + taskId, LeadType.NEW, null);
    when(leads.get(leadId)).thenReturn(lead);
    held.add(task);
    return lead;
  }
}
