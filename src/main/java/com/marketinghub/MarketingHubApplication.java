package com.marketinghub;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Marketing Hub: Spring Boot with an embedded Camunda 7 engine.
 *
 * <p>Registered as a process application (see {@code META-INF/processes.xml}) rather than using the
 * starter's auto-deployment, because only the process archive deploys {@code .form} files together
 * with the BPMN and DMN files in one deployment, which {@code camunda:formRefBinding="deployment"}
 * needs.
 */
@SpringBootApplication
@EnableProcessApplication("marketing-hub")
@ConfigurationPropertiesScan
public class MarketingHubApplication {

  public static void main(String[] args) {
    SpringApplication.run(MarketingHubApplication.class, args);
  }
}
