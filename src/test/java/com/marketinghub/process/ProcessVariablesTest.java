package com.marketinghub.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** The record id comes from the business key, whatever a variable says. */
class ProcessVariablesTest {

  private final DelegateExecution execution = mock(DelegateExecution.class);

  @Test
  void shouldReadTheRecordIdFromTheBusinessKeyNotFromAVariable() {
    when(execution.getProcessBusinessKey()).thenReturn("42");
    when(execution.getVariable("leadId")).thenReturn(7L);
    DelegateTask task = mock(DelegateTask.class);
    when(task.getExecution()).thenReturn(execution);

    assertThat(ProcessVariables.recordId(execution)).isEqualTo(42L);
    assertThat(ProcessVariables.recordId(task)).isEqualTo(42L);
  }

  @Test
  void shouldRefuseAnInstanceWithoutANumericBusinessKey() {
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    assertThatThrownBy(() -> ProcessVariables.recordId(execution))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Process instance pi-1 has no business key: the id of its record is missing");

    when(execution.getProcessBusinessKey()).thenReturn("launch-7");
    assertThatThrownBy(() -> ProcessVariables.recordId(execution))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Process instance pi-1 has business key 'launch-7', which is no record id");

    DelegateTask standalone = mock(DelegateTask.class);
    when(standalone.getId()).thenReturn("t-1");
    assertThatThrownBy(() -> ProcessVariables.recordId(standalone))
        .hasMessage("Task t-1 belongs to no process instance: it has no record");
  }
}
