package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.lead.crm.CrmClient;
import com.marketinghub.lead.crm.CrmResult;
import com.marketinghub.lead.crm.CrmUnavailableException;
import com.marketinghub.support.TestClock;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SyncLeadToCrmDelegateTest {

  private final LeadRepository leads = mock(LeadRepository.class);
  private final CrmClient crm = mock(CrmClient.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final SyncLeadToCrmDelegate delegate =
      new SyncLeadToCrmDelegate(leads, crm, TestClock.clock());
  private final Lead lead = LeadScorerTest.lead(500, "DE", "CEO");

  @BeforeEach
  void leadOne() {
    when(execution.getVariable("leadId")).thenReturn(1L);
    when(leads.get(1L)).thenReturn(lead);
  }

  @Test
  void shouldMarkLeadSyncedWithCrmId() throws Exception {
    when(crm.send(lead)).thenReturn(new CrmResult.Accepted("crm-5"));

    delegate.execute(execution);

    verify(leads).markSynced(eq(1L), eq("crm-5"), eq(TestClock.offsetNow()));
  }

  @Test
  void shouldThrowModelledErrorAndKeepCrmAnswerWhenRefused() {
    when(crm.send(lead)).thenReturn(new CrmResult.Refused("CRM answered 409: duplicate"));

    assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BpmnError.class)
        .hasFieldOrPropertyWithValue("errorCode", LeadHandoffProcess.ERROR_CRM_REJECTED);
    verify(leads).recordCrmError(eq(1L), eq("CRM answered 409: duplicate"),
        eq(TestClock.offsetNow()));
    verify(leads, never()).markSynced(any(Long.class), any(), any());
  }

  @Test
  void shouldLetTechnicalFailurePropagateForRetry() {
    when(crm.send(lead)).thenThrow(new CrmUnavailableException("CRM answered 503"));

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(CrmUnavailableException.class);
    verify(leads, never()).recordCrmError(any(Long.class), any(), any());
  }
}
