package com.marketinghub.launch;

import static com.marketinghub.launch.LaunchProcess.VAR_BELOW_TARGET;

import com.marketinghub.process.ProcessVariables;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Task_MeasureAdoption (async): adoption from the launch date to yesterday (the window has just
 * ended), stored, and whether it is below the launch's target.
 */
@Component("measureAdoptionDelegate")
class MeasureAdoptionDelegate implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(MeasureAdoptionDelegate.class);

  private final LaunchRepository launches;
  private final AdoptionCalculator calculator;
  private final AdoptionRepository adoptions;
  private final Clock clock;

  MeasureAdoptionDelegate(LaunchRepository launches, AdoptionCalculator calculator,
      AdoptionRepository adoptions, Clock clock) {
    this.launches = launches;
    this.calculator = calculator;
    this.adoptions = adoptions;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Launch launch = launches.get(ProcessVariables.id(execution, LaunchProcess.VAR_LAUNCH_ID));
    LocalDate yesterday = LocalDate.now(clock).minusDays(1);
    LocalDate end = yesterday.isBefore(launch.launchDate()) ? launch.launchDate() : yesterday;
    Adoption adoption = calculator.measure(launch, launch.launchDate(), end);
    adoptions.insert(launch.id(), adoption, OffsetDateTime.now(clock));
    execution.setVariable(VAR_BELOW_TARGET, adoption.belowTarget());
    log.info("Launch {}: {} of {} active targeted accounts use {} ({} against {})", launch.id(),
        adoption.adopting(), adoption.active(), launch.featureKey(), adoption.share(),
        launch.adoptionTarget());
  }
}
