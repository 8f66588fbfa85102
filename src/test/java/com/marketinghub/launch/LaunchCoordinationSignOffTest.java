package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.support.TestClock;
import com.marketinghub.process.FormChecklist;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The readiness and go/no-go steps of {@link LaunchCoordination} without the engine, with the
 * checklist read from the real form as the listener reads the deployed one.
 */
class LaunchCoordinationSignOffTest {

  private final LaunchRepository launches = mock(LaunchRepository.class);
  private final LaunchCoordination coordination =
      new LaunchCoordination(launches, TestClock.clock());
  private Map<String, String> salesChecklist;

  @BeforeEach
  void aLaunch() throws IOException {
    when(launches.get(7L)).thenReturn(new Launch(7L, "Insights", "insights", "T1",
        LocalDate.of(2026, 6, 1), List.of("business"), new BigDecimal("0.5"), "paula",
        LaunchStatus.READINESS, null, "pi-7", TestClock.offsetNow()));
    try (InputStream form = Files.newInputStream(
        Path.of("forms/launch-coordination-sales-enablement.form"))) {
      salesChecklist = FormChecklist.requiredCheckboxes(form);
    }
  }

  @Test
  void shouldTakeTheChecklistFromTheForm() {
    assertThat(salesChecklist).containsExactly(Map.entry("salesDeckReady", "Sales deck ready"),
        Map.entry("pricingBriefed", "Pricing briefed"), Map.entry("demoReady", "Demo ready"));
  }

  @Test
  void shouldNameTheReadinessTaskAfterItsTitleAndTheLaunch() {
    LaunchCoordination.TaskView view = coordination.prepareReadiness(7L, "Sales enablement");

    assertThat(view.name()).isEqualTo("Sales enablement: Insights (T1, 2026-06-01)");
    assertThat((String) view.locals().get("briefSummary"))
        .startsWith("Insights: feature insights, tier T1").contains("adoption target 50%");
  }

  @Test
  void shouldRefuseASignOffWithAnItemNotTickedAndRecordNothing() {
    assertThatThrownBy(() -> coordination.signOff(7L, "SALES", "Sales enablement",
        salesChecklist, Map.of("salesDeckReady", true, "demoReady", true), null, "sarah"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Sales enablement: sign off when every item is done; not ticked: "
            + "Pricing briefed (pricingBriefed)");
    verify(launches, never()).signOff(anyLong(), anyString(), anyString(), any(), any(), any(),
        any());
  }

  @Test
  void shouldRecordASignOffWithItsChecklistWhoAndWhen() {
    coordination.signOff(7L, "SALES", "Sales enablement", salesChecklist,
        Map.of("salesDeckReady", true, "pricingBriefed", true, "demoReady", true), "all set",
        "sarah");

    verify(launches).signOff(7L, "SALES", "READY",
        "Sales deck ready, Pricing briefed, Demo ready", "all set", "sarah",
        TestClock.offsetNow());
  }

  @Test
  void shouldPostponeToALaterDateOnly() {
    String today = TestClock.today().toString();
    assertThatThrownBy(() -> coordination.decide(7L, "POSTPONE", today, null, "paula"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("the new launch date must be after " + today);
    assertThatThrownBy(() -> coordination.decide(7L, "POSTPONE", null, null, "paula"))
        .hasMessageContaining("postponing needs the new launch date");
    assertThatThrownBy(() -> coordination.decide(7L, "MAYBE", null, null, "paula"))
        .hasMessageContaining("goDecision must be GO or POSTPONE, was MAYBE");

    LocalDate later = TestClock.today().plusDays(14);
    coordination.decide(7L, "POSTPONE", later + "T00:00:00Z", "not ready", "paula");

    verify(launches).postpone(eq(7L), eq(later), any(OffsetDateTime.class));
    verify(launches).signOff(eq(7L), eq("GO_NO_GO"), eq("POSTPONED"), eq(null),
        eq("to " + later + ": not ready"), eq("paula"), any(OffsetDateTime.class));
  }
}
