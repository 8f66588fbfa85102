package com.marketinghub.launch;

import com.marketinghub.common.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates launches and starts their coordination; shows a launch with what happened to it. */
@Service
public class LaunchService {

  private final LaunchRepository launches;
  private final AdoptionRepository adoptions;
  private final RuntimeService runtimeService;
  private final Clock clock;

  LaunchService(LaunchRepository launches, AdoptionRepository adoptions,
      RuntimeService runtimeService, Clock clock) {
    this.launches = launches;
    this.adoptions = adoptions;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Validates and stores the brief and starts launch-coordination (business key = its id). */
  @Transactional
  public Launch create(LaunchInput input, String owner) {
    NewLaunch launch = input.toLaunch(LocalDate.now(clock));
    long id = launches.insert(launch, owner, OffsetDateTime.now(clock));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(LaunchProcess.KEY,
        String.valueOf(id), Map.of(LaunchProcess.VAR_LAUNCH_ID, id));
    launches.setProcessInstanceId(id, instance.getId());
    return launches.get(id);
  }

  public LaunchView view(long id) {
    Launch launch = launches.find(id)
        .orElseThrow(() -> new NotFoundException("No launch with id " + id));
    return new LaunchView(launch, launches.signoffs(id), adoptions.latest(id).orElse(null));
  }
}
