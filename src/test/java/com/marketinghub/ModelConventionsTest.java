package com.marketinghub;

import com.marketinghub.support.ProcessCoverage;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conventions of the models that admins edit in Camunda Modeler (bpmn/*.bpmn, bpmn/*.dmn,
 * forms/*.form), from STYLE.md's "Naming" table and bpmn/README.md and forms/README.md. No engine:
 * each rule reads the files and names every offender, file and element, in one failure.
 */
class ModelConventionsTest {

  private static final String KEBAB = "[a-z][a-z0-9]*(-[a-z0-9]+)*";
  private static final String MEANING = "[A-Z][A-Za-z0-9]*";
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern DEPLOYMENT = Pattern.compile("@Deployment\\s*\\(([^)]*)\\)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  /**
   * The id each element type may have: the first rule for the element's type or a base type
   * ("task" covers userTask, serviceTask, ...). STYLE.md names Task_, Gateway_, Event_, Msg_ and
   * Error_; the other prefixes are the ones every model in bpmn/ already uses.
   */
  private static final List<IdRule> ID_RULES = List.of(
      new IdRule("process", "kebab-case", KEBAB),
      new IdRule("decision", "kebab-case", KEBAB),
      prefixed("definitions", "Definitions_"),
      prefixed("task", "Task_"),
      prefixed("callActivity", "Call_"),
      prefixed("subProcess", "SubProcess_"),
      prefixed("gateway", "Gateway_"),
      prefixed("event", "Event_"),
      prefixed("sequenceFlow", "Flow_"),
      prefixed("message", "Msg_"),
      prefixed("error", "Error_"),
      prefixed("messageEventDefinition", "MessageDefinition_"),
      prefixed("errorEventDefinition", "ErrorDefinition_"),
      prefixed("timerEventDefinition", "TimerDefinition_"),
      prefixed("decisionTable", "DecisionTable_"),
      prefixed("input", "Input_"),
      prefixed("inputExpression", "InputExpression_"),
      prefixed("output", "Output_"),
      prefixed("outputValues", "OutputValues_"),
      prefixed("rule", "Rule_"),
      new IdRule("inputEntry", "Entry_<Rule>_<Column>", "Entry_" + MEANING + "_" + MEANING),
      new IdRule("outputEntry", "Entry_<Rule>_<Column>", "Entry_" + MEANING + "_" + MEANING));

  private static Map<String, BpmnModelInstance> bpmn;
  private static Map<String, DmnModelInstance> dmn;
  private static Map<String, JsonNode> forms;
  private static final Set<String> processIds = new HashSet<>();
  private static final Set<String> decisionIds = new HashSet<>();

  @BeforeAll
  static void readModels() throws IOException {
    bpmn = read("bpmn", ".bpmn", Bpmn::readModelFromFile);
    dmn = read("bpmn", ".dmn", Dmn::readModelFromFile);
    forms = read("forms", ".form", new ObjectMapper()::readTree);
    bpmn.values().forEach(model -> all(model, Process.class).map(Process::getId)
        .forEach(processIds::add));
    dmn.values().forEach(model -> decisionIds.addAll(decisionIds(model)));
  }

  @Test
  void shouldNameEachProcessDecisionAndFormAfterItsFile() {
    List<String> offenders = new ArrayList<>();
    bpmn.forEach((file, model) -> {
      List<String> ids = all(model, Process.class).filter(Process::isExecutable)
          .map(Process::getId).toList();
      if (!baseName(file).matches(KEBAB) || !ids.equals(List.of(baseName(file)))) {
        offenders.add(file + ": executable processes " + ids
            + ", expected exactly one, with the kebab-case file name as id");
      }
    });
    dmn.forEach((file, model) -> {
      if (!baseName(file).matches(KEBAB) || !decisionIds(model).contains(baseName(file))) {
        offenders.add(file + ": decisions " + decisionIds(model)
            + ", expected one with the kebab-case file name as id");
      }
    });
    forms.forEach((file, form) -> {
      if (!form.path("id").asText().equals(baseName(file))) {
        offenders.add(file + ": id '" + form.path("id").asText() + "' is not the file name");
      }
      if (processIds.stream().noneMatch(id -> baseName(file).matches(id + "-" + KEBAB))) {
        offenders.add(file + ": name is not <process-id>-<task> for a process in bpmn/");
      }
    });
    assertNone(offenders, "models not named after their files");
  }

  @Test
  void shouldGiveEveryElementTheIdPrefixOfItsType() {
    List<String> offenders = new ArrayList<>();
    bpmn.forEach((file, model) -> Stream.concat(Stream.of(model.getDefinitions()),
        all(model, BaseElement.class)).forEach(element -> checkId(file, element, offenders)));
    dmn.forEach((file, model) -> all(model, DmnElement.class)
        .forEach(element -> checkId(file, element, offenders)));
    assertNone(offenders, "element ids without the prefix of their type (STYLE.md, Naming)");
  }

  @Test
  void shouldReferenceEveryFormFromAProcessAndBindItToTheDeployment() {
    List<String> offenders = new ArrayList<>();
    Set<String> referenced = new HashSet<>();
    bpmn.forEach((file, model) -> all(model, BaseElement.class)
        .filter(element -> element.getAttributeValueNs(CAMUNDA_NS, "formRef") != null)
        .forEach(element -> {
          String form = "forms/" + element.getAttributeValueNs(CAMUNDA_NS, "formRef") + ".form";
          String binding = element.getAttributeValueNs(CAMUNDA_NS, "formRefBinding");
          referenced.add(form);
          if (!forms.containsKey(form)) {
            offenders.add(file + ": " + element.getId() + " refers to missing " + form);
          }
          if (!"deployment".equals(binding)) {
            offenders.add(file + ": " + element.getId() + " has camunda:formRefBinding="
                + (binding == null ? "(none)" : "\"" + binding + "\"")
                + ", expected \"deployment\"");
          }
        }));
    forms.keySet().stream().filter(form -> !referenced.contains(form))
        .forEach(form -> offenders.add(form + ": no camunda:formRef in bpmn/ refers to it"));
    assertNone(offenders, "forms and their references");
  }

  @Test
  void shouldDrawEveryDecisionFlowNodeAndSequenceFlow() {
    List<String> offenders = new ArrayList<>();
    dmn.forEach((file, model) -> {
      Set<String> shapes = dmnShapeRefs(model.getDocument().getRootElement());
      decisionIds(model).stream().filter(id -> !shapes.contains(id))
          .forEach(id -> offenders.add(file + ": decision " + id + " has no DMNShape"));
    });
    bpmn.forEach((file, model) -> {
      Set<String> shapes = drawnIds(model, BpmnShape.class);
      Set<String> edges = drawnIds(model, BpmnEdge.class);
      all(model, FlowNode.class).filter(node -> !shapes.contains(node.getId()))
          .forEach(node -> offenders.add(file + ": " + node.getId() + " has no BPMNShape"));
      all(model, SequenceFlow.class).filter(flow -> !edges.contains(flow.getId()))
          .forEach(flow -> offenders.add(file + ": " + flow.getId() + " has no BPMNEdge"));
    });
    assertNone(offenders, "model elements missing from their diagram");
  }

  @Test
  void shouldHaveAProcessTestDeployingEachBpmn() throws IOException {
    Set<String> deployed = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
      for (Path test : sources.filter(f -> f.toString().endsWith("ProcessTest.java")).toList()) {
        DEPLOYMENT.matcher(Files.readString(test)).results().forEach(annotation -> QUOTED
            .matcher(annotation.group(1)).results().forEach(name -> deployed.add(name.group(1))));
      }
    }
    List<String> offenders = bpmn.keySet().stream().filter(file -> !deployed.contains(file))
        .map(file -> file + ": no *ProcessTest in src/test/java has @Deployment(resources = \""
            + file + "\")")
        .toList();
    assertNone(offenders, "processes without a process test");
  }

  @Test
  void shouldSetACoverageFloorForEveryProcess() {
    Map<String, String[]> floors = ProcessCoverage.floors();
    List<String> offenders = new ArrayList<>();
    processIds.stream().filter(id -> !floors.containsKey(id)).sorted()
        .forEach(id -> offenders.add(id + ": no line in process-coverage.properties"));
    floors.keySet().stream().filter(id -> !processIds.contains(id)).sorted()
        .forEach(id -> offenders.add(id + ": in process-coverage.properties, not in bpmn/"));
    floors.forEach((id, floor) -> {
      if (!deployedBy(floor[0]).contains("bpmn/" + id + ".bpmn")) {
        offenders.add(id + ": " + floor[0] + " is no *ProcessTest that deploys bpmn/" + id
            + ".bpmn");
      }
    });
    assertNone(offenders, "processes and their coverage floors");
  }

  /** The resources a test class's {@code @Deployment} names, empty when there is no class. */
  private static Set<String> deployedBy(String testClass) {
    Set<String> resources = new HashSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
      for (Path test : sources.filter(f -> f.getFileName().toString()
          .equals(testClass + ".java") && testClass.endsWith("ProcessTest")).toList()) {
        DEPLOYMENT.matcher(Files.readString(test)).results().forEach(annotation -> QUOTED
            .matcher(annotation.group(1)).results().forEach(name -> resources.add(name.group(1))));
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return resources;
  }

  @Test
  void shouldCallOnlyProcessesAndDecisionsThatExist() {
    List<String> offenders = new ArrayList<>();
    bpmn.forEach((file, model) -> {
      all(model, CallActivity.class).filter(call -> !processIds.contains(call.getCalledElement()))
          .forEach(call -> offenders.add(file + ": " + call.getId() + " calls process '"
              + call.getCalledElement() + "', which is not in bpmn/"));
      all(model, BusinessRuleTask.class)
          .filter(task -> !decisionIds.contains(task.getCamundaDecisionRef()))
          .forEach(task -> offenders.add(file + ": " + task.getId() + " evaluates decision '"
              + task.getCamundaDecisionRef() + "', which is not in bpmn/"));
    });
    assertNone(offenders, "calls of processes or decisions that do not exist");
  }

  private record IdRule(String type, String shape, String pattern) {}

  private static IdRule prefixed(String type, String prefix) {
    return new IdRule(type, prefix + "<Meaning>", prefix + MEANING);
  }

  private static void checkId(String file, ModelElementInstance element, List<String> offenders) {
    String id = element.getAttributeValue("id");
    String type = element.getElementType().getTypeName();
    Optional<IdRule> rule = ruleFor(element.getElementType());
    if (id != null && rule.isEmpty()) {
      offenders.add(file + ": " + type + " '" + id + "' has no agreed id prefix (see ID_RULES)");
    } else if (id != null && !id.matches(rule.get().pattern())) {
      offenders.add(file + ": " + type + " '" + id + "' should be " + rule.get().shape());
    }
  }

  private static Optional<IdRule> ruleFor(ModelElementType type) {
    if (type == null) {
      return Optional.empty();
    }
    return ID_RULES.stream().filter(rule -> rule.type().equals(type.getTypeName())).findFirst()
        .or(() -> ruleFor(type.getBaseType()));
  }

  private static List<String> decisionIds(DmnModelInstance model) {
    return all(model, Decision.class).map(Decision::getId).toList();
  }

  private static Set<String> drawnIds(BpmnModelInstance model,
      Class<? extends ModelElementInstance> type) {
    return all(model, type).map(di -> di.getAttributeValue("bpmnElement")).collect(toSet());
  }

  /** Camunda's DMN model validates DMNDI but has no types for it, so this walks the XML. */
  private static Set<String> dmnShapeRefs(DomElement element) {
    Set<String> refs = new HashSet<>();
    if (element.getLocalName().equals("DMNShape")) {
      refs.add(element.getAttribute("dmnElementRef").replaceFirst("^#", ""));
    }
    element.getChildElements().forEach(child -> refs.addAll(dmnShapeRefs(child)));
    return refs;
  }

  private static <T extends ModelElementInstance> Stream<T> all(ModelInstance model,
      Class<T> type) {
    return model.getModelElementsByType(type).stream();
  }

  /** Each file by its path (bpmn/lead-handoff.bpmn); one that cannot be parsed is named. */
  private static <T> Map<String, T> read(String folder, String extension, Reader<T> reader)
      throws IOException {
    Map<String, T> models = new TreeMap<>();
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
        try {
          models.put(file.toString(), reader.read(file.toFile()));
        } catch (IOException | RuntimeException e) {
          throw new IllegalStateException(file + " cannot be read", e);
        }
      }
    }
    return models;
  }

  private interface Reader<T> {
    T read(File file) throws IOException;
  }

  private static String baseName(String file) {
    String name = Path.of(file).getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static void assertNone(List<String> offenders, String problem) {
    String list = String.join("\n  ", offenders);
    assertThat(offenders).withFailMessage("%s (%d):%n  %s", problem, offenders.size(), list)
        .isEmpty();
  }
}
