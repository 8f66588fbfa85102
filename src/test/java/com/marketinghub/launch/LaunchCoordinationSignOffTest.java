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

import com.marketinghub.security.GroupMembers;
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
  private final LaunchReadinessRepository readiness = mock(LaunchReadinessRepository.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final LaunchCoordination coordination =
      new LaunchCoordination(launches, readiness, members, TestClock.clock());
  private Map<String, String> salesChecklist;

  @BeforeEach
  void aLaunch() throws IOException {
    when(launches.get(7L)).thenReturn(new Launch(7L, "Insights", "insights", "T1",
        LocalDate.of(2026, 6, 1), List.of("business"), new BigDecimal("0.5"), "paula",
        LaunchStatus.READINESS, null, "pi-7", TestClock.offsetNow()));
    // Determined: sales enablement and the go / no-go; sarah and paula are in their groups.
    when(readiness.required(7L)).thenReturn(List.of(
        new LaunchReadinessRepository.Required("SALES", List.of("sales-managers"), 40L),
        new LaunchReadinessRepository.Required("GO_NO_GO", List.of("product"), 40L)));
    when(members.inAny("sarah", List.of("sales-managers"))).thenReturn(true);
    when(members.inAny("paula", List.of("product"))).thenReturn(true);
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

  @Test
  void shouldRefuseASignOffOrADecisionBySomeoneOutsideItsTasksGroup() {
    when(readiness.required(7L)).thenReturn(List.of(
        new LaunchReadinessRepository.Required("SALES", List.of("sales-managers"), 40L),
        new LaunchReadinessRepository.Required("GO_NO_GO", List.of("product"), 40L)));
    when(members.inAny("sarah", List.of("sales-managers"))).thenReturn(true);

    assertThatThrownBy(() -> coordination.signOff(7L, "SALES", "Sales enablement",
        salesChecklist, Map.of("salesDeckReady", true, "pricingBriefed", true,
            "demoReady", true), null, "admin"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Sales enablement: user 'admin' may not decide on launch 7: a member of "
            + "[sales-managers] must");
    assertThatThrownBy(() -> coordination.decide(7L, "GO", null, null, "sarah"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Go / no-go: user 'sarah' may not decide on launch 7: a member of "
            + "[product] must");
    verify(launches, never()).signOff(anyLong(), anyString(), anyString(), any(), any(), any(),
        any());

    coordination.signOff(7L, "SALES", "Sales enablement", salesChecklist,
        Map.of("salesDeckReady", true, "pricingBriefed", true, "demoReady", true), null,
        "sarah");
    verify(launches).signOff(eq(7L), eq("SALES"), eq("READY"), any(), eq(null), eq("sarah"),
        any(OffsetDateTime.class));
  }

  @Test
  void shouldAnnounceOnlyWithTheGoAndEveryRequiredSignOffByTheirGroups() {
    when(readiness.required(7L)).thenReturn(List.of(
        new LaunchReadinessRepository.Required("MARKETING", List.of("marketing"), 40L),
        new LaunchReadinessRepository.Required("GO_NO_GO", List.of("product"), 40L)));
    when(members.inAny("mia", List.of("marketing"))).thenReturn(true);
    when(members.inAny("paula", List.of("product"))).thenReturn(true);

    // Moved to the launch day before anyone signed off or decided in this round.
    when(readiness.givenSince(7L, 40L)).thenReturn(List.of());
    assertThatThrownBy(() -> coordination.checkGo(7L)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Launch 7 is not announced: MARKETING has no sign-off; GO_NO_GO has no "
            + "decision");
    // Postponed, whatever goDecision says.
    when(readiness.givenSince(7L, 40L)).thenReturn(List.of(given("MARKETING", "READY", "mia"),
        given("GO_NO_GO", "POSTPONED", "paula")));
    assertThatThrownBy(() -> coordination.checkGo(7L))
        .hasMessage("Launch 7 is not announced: GO_NO_GO is POSTPONED, not GO");
    // Signed off by someone outside marketing.
    when(readiness.givenSince(7L, 40L)).thenReturn(List.of(given("MARKETING", "READY", "sam"),
        given("GO_NO_GO", "GO", "paula")));
    assertThatThrownBy(() -> coordination.checkGo(7L))
        .hasMessage("Launch 7 is not announced: MARKETING was given by sam, a member of none "
            + "of [marketing]");

    when(readiness.givenSince(7L, 40L)).thenReturn(List.of(given("MARKETING", "READY", "mia"),
        given("GO_NO_GO", "GO", "paula")));
    coordination.checkGo(7L);
  }

  @Test
  void shouldRefuseTheSignOffsGoAndAnnouncementOfALaunchMovedPastItsDetermination() {
    // A launch created since V15 with no determination: the process was moved from the brief
    // review to the go / no-go (or the launch day). Its product manager's GO counts for nothing.
    when(readiness.required(7L)).thenReturn(List.of());
    when(readiness.unrecorded(7L)).thenReturn(false);

    assertThatThrownBy(() -> coordination.decide(7L, "GO", null, null, "paula"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Go / no-go: launch 7 has no readiness determination that asks for "
            + "GO_NO_GO; the process was moved past it");
    assertThatThrownBy(() -> coordination.signOff(7L, "SALES", "Sales enablement",
        salesChecklist, Map.of("salesDeckReady", true, "pricingBriefed", true,
            "demoReady", true), null, "sarah"))
        .hasMessage("Sales enablement: launch 7 has no readiness determination that asks for "
            + "SALES; the process was moved past it");
    verify(launches, never()).signOff(anyLong(), anyString(), anyString(), any(), any(), any(),
        any());

    when(launches.signoffs(7L)).thenReturn(List.of(signoff("GO_NO_GO", "GO")));
    assertThatThrownBy(() -> coordination.checkGo(7L)).isInstanceOf(IllegalStateException.class)
        .hasMessage("Launch 7 is not announced: no readiness determination is recorded (the "
            + "process was moved past it)");
  }

  @Test
  void shouldRefuseASignOffOfAnAreaTheDeterminationDidNotAskFor() {
    when(members.inAny("mia", List.of("marketing"))).thenReturn(true);

    assertThatThrownBy(() -> coordination.signOff(7L, "MARKETING", "Marketing readiness",
        Map.of(), Map.of(), null, "mia"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Marketing readiness: launch 7 has no readiness determination that asks "
            + "for MARKETING; the process was moved past it");
  }

  @Test
  void shouldCheckOnlyTheGoOfALaunchDeterminedBeforeSignOffsWereKept() {
    // Marked by V15 as existing before determinations were kept, and none recorded since.
    when(readiness.required(7L)).thenReturn(List.of());
    when(readiness.unrecorded(7L)).thenReturn(true);
    coordination.decide(7L, "GO", null, null, "paula");
    when(launches.signoffs(7L)).thenReturn(List.of(signoff("GO_NO_GO", "GO"),
        signoff("GO_NO_GO", "POSTPONED")));
    assertThatThrownBy(() -> coordination.checkGo(7L))
        .hasMessage("Launch 7 is not announced: its last go / no-go decision is POSTPONED, "
            + "not GO");

    when(launches.signoffs(7L)).thenReturn(List.of(signoff("MARKETING", "READY"),
        signoff("GO_NO_GO", "GO")));
    coordination.checkGo(7L);
  }

  private static LaunchReadinessRepository.Given given(String area, String decision,
      String by) {
    return new LaunchReadinessRepository.Given(area, decision, by);
  }

  private static LaunchRepository.Signoff signoff(String area, String decision) {
    return new LaunchRepository.Signoff(area, decision, null, null, "paula",
        TestClock.offsetNow());
  }
}
