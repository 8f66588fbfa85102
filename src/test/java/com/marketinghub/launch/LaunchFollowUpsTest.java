package com.marketinghub.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.marketinghub.support.TestClock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LaunchFollowUps} without the engine: the measurement stored, the adoption review's
 * form and its refusals, and the follow-ups' messages to budget-approval and Customer Success.
 */
class LaunchFollowUpsTest {

  private final LaunchRepository launches = mock(LaunchRepository.class);
  private final AdoptionRepository adoptions = mock(AdoptionRepository.class);
  private final AdoptionCalculator calculator = mock(AdoptionCalculator.class);
  private final FeatureUsageRepository usage = mock(FeatureUsageRepository.class);
  private final RuntimeService runtimeService = mock(RuntimeService.class);
  private final MessageCorrelationBuilder message =
      mock(MessageCorrelationBuilder.class, RETURNS_SELF);
  private final LaunchFollowUps followUps = new LaunchFollowUps(launches, adoptions, calculator,
      usage, runtimeService, TestClock.clock());

  private final LocalDate launchDate = TestClock.today().minusDays(30);
  private final Launch launch = new Launch(7L, "Insights", "insights", "T1", launchDate,
      List.of("business"), new BigDecimal("0.3"), "paula", LaunchStatus.ADOPTION_REVIEW, null,
      "pi-7", TestClock.offsetNow());
  private final String trend = TestClock.isoWeek(launchDate) + ": 1\n"
      + TestClock.isoWeek(launchDate.plusWeeks(1)) + ": 0";
  private final AdoptionRepository.Measured measured = new AdoptionRepository.Measured(
      launchDate, TestClock.yesterday(), 5, 4, 1, new BigDecimal("0.2500"), true, trend,
      new BigDecimal("3.67"), 3, TestClock.offsetNow());

  @BeforeEach
  void aLaunchInItsAdoptionReview() {
    when(launches.get(7L)).thenReturn(launch);
    when(adoptions.latest(7L)).thenReturn(Optional.of(measured));
  }

  @Test
  void shouldMeasureFromTheLaunchDateToYesterdayAndStoreIt() {
    Adoption adoption = new Adoption(launchDate, TestClock.yesterday(), 5, 4, 1,
        new BigDecimal("0.2500"), true, List.of(), null, 0);
    when(calculator.measure(launch, launchDate, TestClock.yesterday())).thenReturn(adoption);

    assertThat(followUps.measureAdoption(7L)).isTrue();

    verify(adoptions).insert(7L, adoption, TestClock.offsetNow());
  }

  @Test
  void shouldShowTheFiguresTheTrendAndTheComments() {
    when(calculator.comments(launch, 30)).thenReturn(List.of("2/5 (survey, "
        + TestClock.yesterday() + "): hard to find"));

    LaunchCoordination.TaskView view = followUps.prepareAdoptionReview(7L);

    assertThat(view.name()).isEqualTo("Review adoption: Insights (25% of 30%)");
    assertThat(view.locals()).containsEntry("adoptionFigures", launchDate + " to "
        + TestClock.yesterday() + ": 1 of 4 active targeted accounts used insights (25%; "
        + "target 30%, BELOW TARGET); 5 accounts targeted.\nAccounts using it per week:\n"
        + trend + "\nFeedback answers: 3, average rating 3.67 of 5")
        .containsEntry("feedbackComments", "2/5 (survey, " + TestClock.yesterday()
            + "): hard to find");
    when(calculator.comments(launch, 30)).thenReturn(List.of());
    assertThat(followUps.prepareAdoptionReview(7L).locals())
        .containsEntry("feedbackComments", "No comments.");
  }

  @Test
  void shouldRefuseAReviewBelowTargetWithoutAFollowUpOrAnEnablementWithoutBudget() {
    for (String followUp : new String[] {null, "NONE", "LATER"}) {
      assertThatThrownBy(() -> followUps.reviewAdoption(7L, true, followUp, null, null, "paula"))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessage("Adoption review: below target, followUp must be ENABLEMENT_CAMPAIGN, "
              + "RETENTION_RISK or ACCEPT, was " + followUp);
    }
    for (String amount : new String[] {null, "0", "lots"}) {
      assertThatThrownBy(() -> followUps.reviewAdoption(7L, true, "ENABLEMENT_CAMPAIGN", amount,
          null, "paula"))
          .isInstanceOf(BadUserRequestException.class)
          .hasMessage("Adoption review: an enablement campaign needs its budget as "
              + "enablementAmount above 0, was " + amount);
    }
    verify(launches, never()).signOff(anyLong(), anyString(), anyString(), any(), any(), any(),
        any());
  }

  @Test
  void shouldRecordTheFollowUpBelowTargetAndNoneAtTarget() {
    assertThat(followUps.reviewAdoption(7L, true, "ENABLEMENT_CAMPAIGN", " 500 ", "teach it",
        "paula")).isEqualTo(FollowUp.ENABLEMENT_CAMPAIGN);
    assertThat(followUps.reviewAdoption(7L, false, "RETENTION_RISK", null, null, "paula"))
        .isEqualTo(FollowUp.NONE);

    verify(launches).signOff(7L, "ADOPTION", "ENABLEMENT_CAMPAIGN", null, "teach it", "paula",
        TestClock.offsetNow());
    verify(launches).signOff(7L, "ADOPTION", "NONE", null, null, "paula",
        TestClock.offsetNow());
  }

  @Test
  void shouldRequestTheEnablementBudgetOfFinanceForThisQuarter() {
    when(runtimeService.createMessageCorrelation("Msg_BudgetRequested")).thenReturn(message);
    ProcessInstance approval = mock(ProcessInstance.class);
    when(approval.getBusinessKey()).thenReturn("42");
    when(message.correlateStartMessage()).thenReturn(approval);

    assertThat(followUps.requestEnablementCampaign(7L, null, 500.0, "EUR")).isEqualTo(42L);

    verify(message).setVariable("initiator", "paula");
    verify(message).setVariable("campaignName", "Enablement: Insights");
    verify(message).setVariable("channel", "enablement");
    verify(message).setVariable("quarter", TestClock.quarter());
    verify(message).setVariable("amount", 500.0);
    verify(message).setVariable("currency", "EUR");
    verify(message).setVariable("justification",
        "Adoption of insights below target after launch 7");
  }

  @Test
  void shouldSendTheTargetedAccountsThatDidNotAdoptToCustomerSuccess() {
    when(runtimeService.createMessageCorrelation("Msg_RetentionPlaysRequested"))
        .thenReturn(message);
    when(usage.notUsing(List.of("business"), "insights", launchDate, TestClock.yesterday()))
        .thenReturn(List.of(3L, 5L));

    assertThat(followUps.requestRetentionPlays(7L)).isEqualTo(2);

    verify(message).processInstanceBusinessKey("launch-7");
    verify(message).setVariable("accountIds", List.of(3L, 5L));
    verify(message).correlateStartMessage();
  }
}
