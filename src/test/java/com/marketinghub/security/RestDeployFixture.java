package com.marketinghub.security;

/** The smallest deployable process, for deploying through /engine-rest in tests. */
final class RestDeployFixture {

  static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          id="Definitions_RestDeployCheck" targetNamespace="http://marketinghub.com/test">
        <bpmn:process id="rest-deploy-check" isExecutable="true" camunda:historyTimeToLive="P1D">
          <bpmn:startEvent id="Event_Start"/>
        </bpmn:process>
      </bpmn:definitions>
      """;

  private RestDeployFixture() {}
}
