package com.marketinghub.launch;

import com.marketinghub.common.Quarter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * launch-coordination after the launch day, on plain ids and values: the adoption measured when
 * the window ends, its review by the owner and the follow-up chosen below target, which other
 * domains' processes receive as messages. Refusals are {@link BadUserRequestException}s, the
 * task's 400.
 */
@Service
class LaunchFollowUps {

  /** budget-approval's message; its variables are those of the budget request start form. */
  static final String MSG_BUDGET_REQUESTED = "Msg_BudgetRequested";
  /** retention-play-request's message and the variable it reads. */
  static final String MSG_RETENTION_PLAYS_REQUESTED = "Msg_RetentionPlaysRequested";

  private static final Logger log = LoggerFactory.getLogger(LaunchFollowUps.class);
  private static final int COMMENTS = 30;

  private final LaunchRepository launches;
  private final AdoptionRepository adoptions;
  private final AdoptionCalculator calculator;
  private final FeatureUsageRepository usage;
  private final RuntimeService runtimeService;
  private final Clock clock;

  LaunchFollowUps(LaunchRepository launches, AdoptionRepository adoptions,
      AdoptionCalculator calculator, FeatureUsageRepository usage,
      RuntimeService runtimeService, Clock clock) {
    this.launches = launches;
    this.adoptions = adoptions;
    this.calculator = calculator;
    this.usage = usage;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * Task_MeasureAdoption: adoption from the launch date to yesterday (the window has just
   * ended), stored.
   *
   * @return whether it is below the launch's target
   */
  boolean measureAdoption(long launchId) {
    Launch launch = launches.get(launchId);
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    LocalDate end = yesterday.isBefore(launch.launchDate()) ? launch.launchDate() : yesterday;
    Adoption adoption = calculator.measure(launch, launch.launchDate(), end);
    adoptions.insert(launch.id(), adoption, OffsetDateTime.now(clock));
    log.info("Launch {}: {} of {} active targeted accounts use {} ({} against {})", launch.id(),
        adoption.adopting(), adoption.active(), launch.featureKey(), adoption.share(),
        launch.adoptionTarget());
    return adoption.belowTarget();
  }

  /** Task_ReviewAdoption (the owner): the figures, the weekly trend and the feedback comments. */
  LaunchCoordination.TaskView prepareAdoptionReview(long launchId) {
    Launch launch = launches.get(launchId);
    AdoptionRepository.Measured measured = adoptions.latest(launch.id()).orElseThrow();
    List<String> comments = calculator.comments(launch, COMMENTS);
    return new LaunchCoordination.TaskView("Review adoption: " + launch.name() + " ("
        + percent(measured.adoptionShare()) + " of " + percent(launch.adoptionTarget()) + ")",
        Map.of("adoptionFigures", figures(launch, measured),
            "feedbackComments", comments.isEmpty() ? "No comments." : String.join("\n", comments)));
  }

  /**
   * Task_ReviewAdoption: below target a follow-up is required (an enablement campaign also its
   * budget); the review is recorded.
   *
   * @param followUp the form's choice, ignored at or above target
   * @return the follow-up recorded: NONE at or above target
   */
  FollowUp reviewAdoption(long launchId, boolean belowTarget, String followUp,
      String enablementAmount, String comment, String user) {
    FollowUp chosen = belowTarget ? chosen(followUp) : FollowUp.NONE;
    if (chosen == FollowUp.ENABLEMENT_CAMPAIGN && amount(enablementAmount).signum() <= 0) {
      throw new BadUserRequestException("Adoption review: an enablement campaign needs its "
          + "budget as enablementAmount above 0, was " + enablementAmount);
    }
    launches.signOff(launches.get(launchId).id(), "ADOPTION", chosen.name(), null, comment,
        user, OffsetDateTime.now(clock));
    return chosen;
  }

  /**
   * Task_StartEnablementCampaign: a campaign that teaches the feature, requested of Finance as a
   * budget request of the product manager (this quarter, channel and amount from the review
   * form) by Msg_BudgetRequested, which starts a budget-approval whose own first step stores the
   * request; it goes on independently of the launch. The step is a job (async before), so a
   * request Finance's rules refuse (an amount that is no amount, say) fails the job with that
   * message and, retries spent, becomes an incident for marketing-ops. The request's id is the
   * started instance's business key, which its first step, run in this transaction, sets.
   *
   * @param amount as the form sent it: budget-approval checks it
   * @return the budget request's id
   */
  long requestEnablementCampaign(long launchId, String channel, Object amount,
      String currency) {
    Launch launch = launches.get(launchId);
    ProcessInstance approval = runtimeService.createMessageCorrelation(MSG_BUDGET_REQUESTED)
        .setVariable("initiator", launch.owner())
        .setVariable("campaignName", "Enablement: " + launch.name())
        .setVariable("channel", channel == null ? "enablement" : channel)
        .setVariable("quarter", Quarter.of(LocalDate.now(clock)))
        .setVariable("amount", amount)
        .setVariable("currency", currency)
        .setVariable("justification", "Adoption of " + launch.featureKey()
            + " below target after launch " + launch.id())
        .correlateStartMessage();
    // budget-approval's first step made the request's id its business key.
    long requestId = Long.parseLong(approval.getBusinessKey());
    log.info("Launch {}: enablement campaign requested, budget request {}", launch.id(),
        requestId);
    return requestId;
  }

  /**
   * Task_StartRetentionPlays: the targeted accounts that did not use the feature in the
   * adoption window are sent to Customer Success (Msg_RetentionPlaysRequested, which starts its
   * retention-play-request), whose own step starts a retention-play for those whose latest
   * health band is AT_RISK and that have no open play (docs/customer-health.md).
   *
   * @return how many targeted accounts did not adopt
   */
  int requestRetentionPlays(long launchId) {
    Launch launch = launches.get(launchId);
    AdoptionRepository.Measured window = adoptions.latest(launch.id()).orElseThrow();
    List<Long> notAdopting = usage.notUsing(launch.targetSegments(), launch.featureKey(),
        window.windowStart(), window.windowEnd());
    runtimeService.createMessageCorrelation(MSG_RETENTION_PLAYS_REQUESTED)
        .processInstanceBusinessKey("launch-" + launch.id())
        .setVariable("accountIds", notAdopting)
        .correlateStartMessage();
    log.info("Launch {}: {} targeted accounts did not adopt {}; sent to Customer Success for "
        + "retention plays", launch.id(), notAdopting.size(), launch.featureKey());
    return notAdopting.size();
  }

  /** A follow-up a person chooses below target (not NONE). */
  private static FollowUp chosen(String followUp) {
    return Arrays.stream(FollowUp.values())
        .filter(f -> f != FollowUp.NONE && f.name().equals(followUp)).findFirst()
        .orElseThrow(() -> new BadUserRequestException("Adoption review: below target, "
            + "followUp must be ENABLEMENT_CAMPAIGN, RETENTION_RISK or ACCEPT, was "
            + followUp));
  }

  private static BigDecimal amount(String value) {
    try {
      return value == null ? BigDecimal.ZERO : new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }

  private static String figures(Launch launch, AdoptionRepository.Measured measured) {
    return measured.windowStart() + " to " + measured.windowEnd() + ": "
        + measured.adoptingAccounts() + " of " + measured.activeAccounts()
        + " active targeted accounts used " + launch.featureKey() + " ("
        + percent(measured.adoptionShare()) + "; target " + percent(launch.adoptionTarget())
        + (measured.belowTarget() ? ", BELOW TARGET" : ", target met") + "); "
        + measured.targetedAccounts() + " accounts targeted.\nAccounts using it per week:\n"
        + measured.weeklyTrend() + "\nFeedback answers: " + measured.feedbackCount()
        + (measured.averageRating() == null ? ""
            : ", average rating " + measured.averageRating() + " of 5");
  }

  private static String percent(BigDecimal share) {
    return share == null ? "-"
        : share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
