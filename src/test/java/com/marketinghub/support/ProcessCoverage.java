package com.marketinghub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage floor of each process (process-coverage.properties: process = test class and the
 * least share of its flow nodes and sequence flows that class must pass through). Applied to
 * every test class (auto-detected); a class that is no process's test checks nothing.
 */
public class ProcessCoverage implements BeforeAllCallback, AfterAllCallback {

  private static final Logger log = LoggerFactory.getLogger(ProcessCoverage.class);

  /** Process key to "TestClass floor", in file order of keys. */
  public static Map<String, String[]> floors() {
    Properties properties = new Properties();
    try (InputStream in = ProcessCoverage.class.getResourceAsStream(
        "/process-coverage.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String[]> floors = new TreeMap<>();
    properties.forEach((key, value) -> floors.put((String) key, ((String) value).trim()
        .split("\\s+")));
    return floors;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    CoveragePlugin.COVERED.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    String testClass = context.getRequiredTestClass().getSimpleName();
    List<String> below = new ArrayList<>();
    floors().forEach((process, floor) -> {
      if (!floor[0].equals(testClass)) {
        return;
      }
      List<String> elements = elements(process);
      List<String> missed = elements.stream()
          .filter(element -> !CoveragePlugin.COVERED.contains(process + "/" + element)).toList();
      double share = (elements.size() - missed.size()) / (double) elements.size();
      log.info("Coverage of {} by {}: {}/{} flow nodes and sequence flows ({}), floor {}",
          process, testClass, elements.size() - missed.size(), elements.size(),
          String.format("%.2f", share), floor[1]);
      if (share + 1e-9 < Double.parseDouble(floor[1])) {
        below.add(process + ": " + String.format("%.2f", share) + " < " + floor[1]
            + ", not passed: " + missed);
      }
    });
    if (!below.isEmpty()) {
      throw new AssertionFailedError("process coverage below its floor "
          + "(process-coverage.properties): " + String.join("; ", below));
    }
  }

  private static List<String> elements(String process) {
    BpmnModelInstance model = Bpmn.readModelFromFile(
        Path.of("bpmn", process + ".bpmn").toFile());
    return Stream.concat(model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId),
        model.getModelElementsByType(SequenceFlow.class).stream().map(SequenceFlow::getId))
        .toList();
  }
}
