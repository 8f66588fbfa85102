package com.marketinghub.support;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Records, for the process tests' engine (process-test.cfg.xml), every flow node that starts and
 * every sequence flow that is taken, as "process-key/element-id"; {@link ProcessCoverage}
 * compares them with the model.
 */
public class CoveragePlugin extends AbstractProcessEnginePlugin {

  static final Set<String> COVERED = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        record(definition.getKey(), definition);
      }
    });
  }

  private static void record(String key, ScopeImpl scope) {
    for (ActivityImpl activity : scope.getActivities()) {
      activity.addListener(ExecutionListener.EVENTNAME_START, recorder(key, activity.getId()));
      for (PvmTransition transition : activity.getOutgoingTransitions()) {
        ((TransitionImpl) transition).addListener(ExecutionListener.EVENTNAME_TAKE,
            recorder(key, transition.getId()));
      }
      record(key, activity);
    }
  }

  private static ExecutionListener recorder(String key, String elementId) {
    return execution -> COVERED.add(key + "/" + elementId);
  }
}
