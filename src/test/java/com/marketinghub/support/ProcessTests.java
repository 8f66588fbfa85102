package com.marketinghub.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of the process tests, configured by process-test.cfg.xml. */
public final class ProcessTests {

  private ProcessTests() {}

  public static ProcessEngineExtension engine() {
    return ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();
  }
}
