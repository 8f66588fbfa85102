package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.support.TestClock;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResolveSyncErrorTaskListenerTest {

  private final LeadRepository leads = mock(LeadRepository.class);
  private final DelegateTask task = mock(DelegateTask.class);
  private final ResolveSyncErrorTaskListener listener =
      new ResolveSyncErrorTaskListener(leads, TestClock.clock());

  @BeforeEach
  void completingTaskOfLeadOne() {
    when(task.getVariable("leadId")).thenReturn(1L);
    when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_COMPLETE);
  }

  @Test
  void shouldShowCrmAnswerAndCurrentContactDataOnCreate() {
    when(task.getEventName()).thenReturn(TaskListener.EVENTNAME_CREATE);
    Lead lead = LeadScorerTest.lead(500, "DE", "CEO");
    when(leads.get(1L)).thenReturn(new Lead(1, "web", null, "a@b.example", "A", "B", "C", "DE",
        500, "CEO", null, LeadStatus.ACCEPTED, null, null, null, null, null, null, null, null,
        null, false, null, null, null, "CRM answered 409: duplicate", null, LeadType.NEW, null));

    listener.notify(task);

    verify(task).setVariableLocal("crmAnswer", "CRM answered 409: duplicate");
    verify(task).setVariableLocal("editEmail", "a@b.example");
    verify(task).setName("Resolve CRM sync: lead 1 (" + lead.displayName() + ")");
  }

  @Test
  void shouldWriteCorrectedContactDataBeforeRetry() {
    when(task.getVariable("syncResolution")).thenReturn("edit");
    when(task.getVariable("editEmail")).thenReturn("jane@acme.example");
    when(task.getVariable("editCompany")).thenReturn("ACME AG");

    listener.notify(task);

    verify(leads).updateContact(eq(1L),
        eq(new ContactEdit("jane@acme.example", null, null, "ACME AG")),
        eq(TestClock.offsetNow()));
  }

  @Test
  void shouldRefuseInvalidCorrectedEmail() {
    when(task.getVariable("syncResolution")).thenReturn("edit");
    when(task.getVariable("editEmail")).thenReturn("jane at acme");

    assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("editEmail is not a valid e-mail address: jane at acme");
    verify(leads, never()).updateContact(any(Long.class), any(), any());
  }

  @Test
  void shouldRefuseUnknownResolution() {
    when(task.getVariable("syncResolution")).thenReturn("ignore");

    assertThatThrownBy(() -> listener.notify(task)).isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("syncResolution must be one of [retry, edit, close], was ignore");
  }
}
