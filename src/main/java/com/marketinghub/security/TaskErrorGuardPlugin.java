package com.marketinghub.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link TaskErrorGuard} into both of the engine's command chains, after Camunda's own
 * interceptors. Public with a no-argument constructor so that the process tests' engine
 * (process-test.cfg.xml) runs with it too.
 */
@Component
public class TaskErrorGuardPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        withGuard(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> withGuard(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>()
        : new ArrayList<>(interceptors);
    all.add(new TaskErrorGuard());
    return all;
  }
}
