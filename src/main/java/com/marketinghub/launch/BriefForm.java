package com.marketinghub.launch;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.common.InvalidFieldsException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The brief form's fields as submitted (Tasklist's start form, Task_ReworkBrief): segments
 * comma-separated, the adoption target in percent.
 */
record BriefForm(String name, String featureKey, String tier, String launchDate,
    String targetSegments, Object adoptionTargetPercent) {

  /** The submitted fields of the start form or the rework task. */
  static BriefForm of(VariableScope scope) {
    return new BriefForm(ProcessVariables.text(scope, "name"),
        ProcessVariables.text(scope, "featureKey"), ProcessVariables.text(scope, "tier"),
        ProcessVariables.text(scope, "launchDate"),
        ProcessVariables.text(scope, "targetSegments"),
        scope.getVariable("adoptionTargetPercent"));
  }

  /** Checked like a brief from the API; a refusal is the form's 400. */
  NewLaunch toLaunch(LocalDate today) {
    try {
      return new LaunchInput(name, featureKey, tier, launchDate, targetSegments,
          share(adoptionTargetPercent)).toLaunch(today);
    } catch (InvalidFieldsException invalid) {
      throw new BadUserRequestException(invalid.getMessage());
    }
  }

  private static Object share(Object percent) {
    if (percent == null) {
      return null;
    }
    try {
      return new BigDecimal(percent.toString().trim()).divide(BigDecimal.valueOf(100), 4,
          RoundingMode.HALF_UP);
    } catch (NumberFormatException e) {
      return percent;
    }
  }
}
