package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_LAUNCH_ID;
import static com.marketinghub.launch.LaunchProcess.VAR_OWNER;
import static com.marketinghub.launch.LaunchProcess.VAR_TIER;

import com.marketinghub.process.ProcessVariables;
import com.marketinghub.web.InvalidFieldsException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterLaunch: a launch created by POST /api/launches is stored already (variable
 * launchId); one started from Tasklist's brief form is stored here, owned by the product
 * manager who started it. Either way the business key becomes the launch's id.
 */
@Component("registerLaunchDelegate")
class RegisterLaunchDelegate implements JavaDelegate {

  private final LaunchRepository launches;
  private final Clock clock;

  RegisterLaunchDelegate(LaunchRepository launches, Clock clock) {
    this.launches = launches;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id;
    if (execution.getVariable(VAR_LAUNCH_ID) instanceof Number number) {
      id = number.longValue();
    } else {
      String owner = ProcessVariables.text(execution, "initiator");
      if (owner == null) {
        throw new BadUserRequestException("A launch needs its product manager: start it logged "
            + "in");
      }
      id = launches.insert(fromForm(execution, LocalDate.now(clock)), owner,
          OffsetDateTime.now(clock));
      execution.setVariable(VAR_LAUNCH_ID, id);
    }
    Launch launch = launches.get(id);
    execution.setProcessBusinessKey(String.valueOf(id));
    launches.setProcessInstanceId(id, execution.getProcessInstanceId());
    execution.setVariable(VAR_OWNER, launch.owner());
    execution.setVariable(VAR_TIER, launch.tier());
  }

  /** The brief form's fields; its adoption target is in percent. */
  static NewLaunch fromForm(DelegateExecution execution, LocalDate today) {
    try {
      return new LaunchInput(ProcessVariables.text(execution, "name"),
          ProcessVariables.text(execution, "featureKey"),
          ProcessVariables.text(execution, "tier"),
          ProcessVariables.text(execution, "launchDate"),
          ProcessVariables.text(execution, "targetSegments"),
          share(execution.getVariable("adoptionTargetPercent"))).toLaunch(today);
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
