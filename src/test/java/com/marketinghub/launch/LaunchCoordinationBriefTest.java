package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.marketinghub.security.GroupMembers;
import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registration, the brief's review and rework and the status of {@link LaunchCoordination}
 * without the engine.
 */
class LaunchCoordinationBriefTest {

  private final LaunchRepository launches = mock(LaunchRepository.class);
  private final LaunchReadinessRepository readiness = mock(LaunchReadinessRepository.class);
  private final GroupMembers members = mock(GroupMembers.class);
  private final LaunchCoordination coordination =
      new LaunchCoordination(launches, readiness, members, TestClock.clock());
  private final LocalDate launchDate = TestClock.today().plusDays(30);
  private final BriefForm form = new BriefForm(" Insights ", "insights", "t2",
      launchDate.toString(), "Business, enterprise", 30);

  @BeforeEach
  void aLaunch() {
    when(launches.get(7L)).thenReturn(new Launch(7L, "Insights", "insights", "T2", launchDate,
        List.of("business", "enterprise"), new BigDecimal("0.3"), "paula",
        LaunchStatus.REWORK, "say which plans", null, TestClock.offsetNow()));
  }

  @Test
  void shouldStoreAFormStartedLaunchOwnedByItsStarter() {
    when(launches.insert(any(), anyString(), any())).thenReturn(7L);

    Launch launch = coordination.register(null, form, "paula", "pi-7");

    verify(launches).insert(new NewLaunch("Insights", "insights", "T2", launchDate,
        List.of("business", "enterprise"), new BigDecimal("0.3000")), "paula",
        TestClock.offsetNow());
    verify(launches).setProcessInstanceId(7L, "pi-7");
    assertThat(launch.id()).isEqualTo(7L);
  }

  @Test
  void shouldOnlyLinkALaunchStoredByTheApi() {
    BriefForm noForm = new BriefForm(null, null, null, null, null, null);
    assertThat(coordination.register(7L, noForm, null, "pi-7").owner()).isEqualTo("paula");

    verify(launches, never()).insert(any(), any(), any());
    verify(launches).setProcessInstanceId(7L, "pi-7");
  }

  @Test
  void shouldRefuseALaunchWithoutProductManagerOrWithABadBrief() {
    assertThatThrownBy(() -> coordination.register(null, form, null, "pi-7"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("A launch needs its product manager: start it logged in");
    BriefForm past = new BriefForm("Insights", "insights", "T9",
        TestClock.today().toString(), "business", 150);
    assertThatThrownBy(() -> coordination.register(null, past, "paula", "pi-7"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("Invalid launch brief: ").hasMessageContaining("tier must be")
        .hasMessageContaining("launchDate must be in the future")
        .hasMessageContaining("adoptionTarget must be a share above 0 and at most 1");
    verify(launches, never()).insert(any(), any(), any());
  }

  @Test
  void shouldShowTheBriefToReviewAndItsFieldsToRework() {
    LaunchCoordination.TaskView review = coordination.prepareBriefReview(7L);
    assertThat(review.name()).isEqualTo("Review launch brief: Insights (T2, " + launchDate
        + ")");
    assertThat((String) review.locals().get("briefSummary")).startsWith("Insights: feature");
    assertThat(review.variables()).isEmpty();

    LaunchCoordination.TaskView rework = coordination.prepareBriefRework(7L);
    assertThat(rework.name()).startsWith("Rework launch brief: Insights (T2, ");
    assertThat(rework.locals()).containsEntry("reviewComment", "say which plans")
        .containsKey("briefSummary");
    assertThat(rework.variables()).isEqualTo(Map.of("name", "Insights",
        "featureKey", "insights", "tier", "T2", "launchDate", launchDate.toString(),
        "targetSegments", "business, enterprise", "adoptionTargetPercent", 30.0));
  }

  @Test
  void shouldRefuseABriefDecisionOutsideTheListAndSendingBackWithoutComment() {
    assertThatThrownBy(() -> coordination.reviewBrief(7L, "MAYBE", null, "mia"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Launch brief review: briefDecision must be ACCEPT or SEND_BACK, was MAYBE");
    assertThatThrownBy(() -> coordination.reviewBrief(7L, "SEND_BACK", null, "mia"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Launch brief review: sending back needs a comment (briefComment) that "
            + "says what to change");
    verifyNoInteractions(launches);
  }

  @Test
  void shouldRecordTheBriefDecisionWithItsComment() {
    coordination.reviewBrief(7L, "SEND_BACK", "say which plans", "mia");
    coordination.reviewBrief(7L, "ACCEPT", null, "mia");

    verify(launches).setReviewComment(7L, "say which plans");
    verify(launches).signOff(7L, "BRIEF", "SENT_BACK", null, "say which plans", "mia",
        TestClock.offsetNow());
    verify(launches).setReviewComment(7L, null);
    verify(launches).signOff(7L, "BRIEF", "ACCEPTED", null, null, "mia", TestClock.offsetNow());
  }

  @Test
  void shouldStoreAResubmittedBriefCheckedLikeANewOne() {
    assertThatThrownBy(() -> coordination.reworkBrief(7L, "LATER", form))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("Launch brief rework: reworkAction must be RESUBMIT or WITHDRAW, was LATER");
    BriefForm noName = new BriefForm(null, "insights", "T2", launchDate.toString(),
        "business", 30);
    assertThatThrownBy(() -> coordination.reworkBrief(7L, "RESUBMIT", noName))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("name ");
    coordination.reworkBrief(7L, "WITHDRAW", noName);
    verify(launches, never()).updateBrief(anyLong(), any(), any());

    coordination.reworkBrief(7L, "RESUBMIT", form);

    verify(launches).updateBrief(7L, new NewLaunch("Insights", "insights", "T2", launchDate,
        List.of("business", "enterprise"), new BigDecimal("0.3000")), TestClock.offsetNow());
  }

  @Test
  void shouldSetTheStatusWhereTheProcessIs() {
    coordination.setStatus(7L, LaunchStatus.READINESS);

    verify(launches).setStatus(7L, LaunchStatus.READINESS, TestClock.offsetNow());
  }
}
