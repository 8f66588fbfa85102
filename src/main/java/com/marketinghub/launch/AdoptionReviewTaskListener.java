package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_BELOW_TARGET;
import static com.marketinghub.launch.LaunchProcess.VAR_FOLLOW_UP;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.security.TaskCompleter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task_ReviewAdoption (the owner). On create: the figures, the weekly trend and the feedback
 * comments for the form. On complete: below target a follow-up is required (an enablement
 * campaign also its budget); the review is recorded.
 */
@Component("adoptionReviewTaskListener")
class AdoptionReviewTaskListener implements TaskListener {

  private static final int COMMENTS = 30;

  private final LaunchRepository launches;
  private final AdoptionRepository adoptions;
  private final AdoptionCalculator calculator;
  private final Clock clock;

  AdoptionReviewTaskListener(LaunchRepository launches, AdoptionRepository adoptions,
      AdoptionCalculator calculator, Clock clock) {
    this.launches = launches;
    this.adoptions = adoptions;
    this.calculator = calculator;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    Launch launch = launches.get(ProcessVariables.id(task, LaunchProcess.VAR_LAUNCH_ID));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      AdoptionRepository.Measured measured = adoptions.latest(launch.id()).orElseThrow();
      task.setName("Review adoption: " + launch.name() + " ("
          + percent(measured.adoptionShare()) + " of " + percent(launch.adoptionTarget())
          + ")");
      task.setVariableLocal("adoptionFigures", figures(launch, measured));
      List<String> comments = calculator.comments(launch, COMMENTS);
      task.setVariableLocal("feedbackComments", comments.isEmpty() ? "No comments."
          : String.join("\n", comments));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      reviewed(task, launch);
    }
  }

  private void reviewed(DelegateTask task, Launch launch) {
    boolean below = Boolean.TRUE.equals(task.getVariable(VAR_BELOW_TARGET));
    String followUp = ProcessVariables.text(task, VAR_FOLLOW_UP);
    if (!below) {
      followUp = FollowUp.NONE.name();
      task.getExecution().setVariable(VAR_FOLLOW_UP, followUp);
    } else if (!chosen(followUp)) {
      throw new BadUserRequestException("Adoption review: below target, followUp must be "
          + "ENABLEMENT_CAMPAIGN, RETENTION_RISK or ACCEPT, was " + followUp);
    }
    if (FollowUp.ENABLEMENT_CAMPAIGN.name().equals(followUp)) {
      Object amount = task.getVariable("enablementAmount");
      BigDecimal value;
      try {
        value = amount == null ? BigDecimal.ZERO : new BigDecimal(amount.toString().trim());
      } catch (NumberFormatException e) {
        value = BigDecimal.ZERO;
      }
      if (value.signum() <= 0) {
        throw new BadUserRequestException("Adoption review: an enablement campaign needs its "
            + "budget as enablementAmount above 0, was " + amount);
      }
    }
    launches.signOff(launch.id(), "ADOPTION", followUp, null,
        ProcessVariables.text(task, "adoptionComment"), TaskCompleter.userId(task),
        OffsetDateTime.now(clock));
  }

  /** A follow-up a person chooses below target (not NONE). */
  private static boolean chosen(String followUp) {
    return followUp != null && !FollowUp.NONE.name().equals(followUp)
        && Arrays.stream(FollowUp.values()).anyMatch(f -> f.name().equals(followUp));
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

  static String percent(BigDecimal share) {
    return share == null ? "-"
        : share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
