package com.marketinghub.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coverage floor of each process (process-coverage.properties: process = test class, the
 * least share of its flow nodes and sequence flows that class must pass through, and elements
 * no test can reach, each with a leading minus). Applied to every test class (auto-detected); a
 * class that is no process's test checks nothing, and a class of which only some tests ran (one
 * method from the IDE, {@code -Dtest=Class#method}) is not held to its floor.
 */
public class ProcessCoverage implements BeforeAllCallback, BeforeEachCallback,
    AfterAllCallback {

  private static final AtomicInteger testsRun = new AtomicInteger();

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
    testsRun.set(0);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    testsRun.incrementAndGet();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    String testClass = context.getRequiredTestClass().getSimpleName();
    long declared = Arrays.stream(context.getRequiredTestClass().getDeclaredMethods())
        .filter(method -> method.isAnnotationPresent(Test.class)).count();
    if (testsRun.get() < declared) {
      log.warn("Coverage of {} not checked: {} of its {} tests ran", testClass, testsRun.get(),
          declared);
      return;
    }
    List<String> below = new ArrayList<>();
    floors().forEach((process, floor) -> {
      if (!floor[0].equals(testClass)) {
        return;
      }
      List<String> unreachable = Arrays.stream(floor).filter(word -> word.startsWith("-"))
          .map(word -> word.substring(1)).toList();
      List<String> elements = elements(process).stream()
          .filter(element -> !unreachable.contains(element)).toList();
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
