package com.marketinghub.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The band of a score by the latest deployed decision {@code health-band}, evaluated without a
 * history entry: the daily check scores thousands of accounts,
 * and their bands are stored with the scores anyway. An admin's redeployed table is picked up
 * by its new definition id.
 */
@Component
class HealthBands {

  static final String DECISION = "health-band";

  private final ProcessEngine engine;
  // A DMN engine of its own: the process engine's parses only inside one of its commands.
  private final DmnEngine dmn =
      DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private volatile Parsed parsed;

  HealthBands(ProcessEngine engine) {
    this.engine = engine;
  }

  /**
   * The band of a score by the decision deployed now; look it up once per chunk of accounts,
   * not once per account.
   */
  IntFunction<String> latestBands() {
    DmnDecision decision = latest();
    return score -> dmn.evaluateDecisionTable(decision, Map.of("score", score)).getSingleEntry();
  }

  private DmnDecision latest() {
    DecisionDefinition definition = engine.getRepositoryService()
        .createDecisionDefinitionQuery().decisionDefinitionKey(DECISION).latestVersion()
        .singleResult();
    if (definition == null) {
      throw new IllegalStateException("Decision " + DECISION + " is not deployed");
    }
    Parsed current = parsed;
    if (current == null || !current.definitionId().equals(definition.getId())) {
      try (InputStream model = engine.getRepositoryService()
          .getDecisionModel(definition.getId())) {
        current = new Parsed(definition.getId(), dmn.parseDecision(DECISION, model));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parsed = current;
    }
    return current.decision();
  }

  private record Parsed(String definitionId, DmnDecision decision) {}
}
