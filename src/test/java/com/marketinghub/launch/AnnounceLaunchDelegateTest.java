package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;

/** An outbox that cannot be written is handed to a person, nothing is mailed. */
class AnnounceLaunchDelegateTest {

  @Test
  void shouldHandAnUnwritableOutboxToAPerson(@TempDir Path folder) throws Exception {
    Path notAFolder = Files.writeString(folder.resolve("outbox"), "a file, not a folder");
    LaunchRepository launches = Mockito.mock(LaunchRepository.class);
    // Announced on its launch day: today.
    Mockito.when(launches.get(7)).thenReturn(new Launch(7, "Dashboards", "dashboards", "T1",
        TestClock.today(), List.of("enterprise"), new BigDecimal("0.3"), "paula",
        LaunchStatus.SCHEDULED, null, "pi", TestClock.offsetNow()));
    DelegateExecution execution = Mockito.mock(DelegateExecution.class);
    Mockito.when(execution.getVariable(LaunchProcess.VAR_LAUNCH_ID)).thenReturn(7L);
    AnnounceLaunchDelegate delegate = new AnnounceLaunchDelegate(launches, null, null, null,
        new LaunchProperties(Period.ofDays(7), LocalTime.of(9, 0), "P30D",
            notAFolder.resolve("sub")), TestClock.fixed());

    assertThatThrownBy(() -> delegate.execute(execution)).isInstanceOf(BpmnError.class)
        .satisfies(error -> assertThat(((BpmnError) error).getErrorCode())
            .isEqualTo(LaunchProcess.ERROR_ANNOUNCEMENT_FAILED))
        .hasMessageContaining("cannot create the outbox");
    Mockito.verify(execution).setVariable(Mockito.eq("announcementProblem"),
        Mockito.contains("cannot create the outbox"));
  }
}
