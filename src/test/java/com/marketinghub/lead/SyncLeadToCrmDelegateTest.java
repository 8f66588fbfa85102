package com.marketinghub.lead;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.marketinghub.lead.crm.CrmResult;
import com.marketinghub.lead.crm.CrmUnavailableException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The glue of Task_SyncToCrm: the CRM's refusal becomes the modelled Error_CrmRejected. */
class SyncLeadToCrmDelegateTest {

  private final CrmSync crmSync = mock(CrmSync.class);
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final SyncLeadToCrmDelegate delegate = new SyncLeadToCrmDelegate(crmSync);

  @BeforeEach
  void leadOne() {
    when(execution.getProcessBusinessKey()).thenReturn("1");
  }

  @Test
  void shouldContinueWhenCrmAccepts() {
    when(crmSync.sync(1L)).thenReturn(new CrmResult.Accepted("crm-5"));

    assertThatNoException().isThrownBy(() -> delegate.execute(execution));
  }

  @Test
  void shouldThrowModelledErrorWithCrmAnswerWhenRefused() {
    when(crmSync.sync(1L)).thenReturn(new CrmResult.Refused("CRM answered 409: duplicate"));

    assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BpmnError.class)
        .hasFieldOrPropertyWithValue("errorCode", LeadHandoffProcess.ERROR_CRM_REJECTED)
        .hasMessageContaining("CRM answered 409: duplicate");
  }

  @Test
  void shouldLetTechnicalFailurePropagateForRetry() {
    when(crmSync.sync(1L)).thenThrow(new CrmUnavailableException("CRM answered 503"));

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(CrmUnavailableException.class);
  }
}
