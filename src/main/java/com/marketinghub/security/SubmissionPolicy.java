package com.marketinghub.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketinghub.process.FormFields;
import com.marketinghub.process.FormFields.Field;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which variables a person (anyone not in camunda-admin) may write through the engine's HTTP
 * entries: only the fields of the form in front of them. A task's completion (complete,
 * submit-form, resolve) carries the fields its deployed Camunda Form asks for, each with a value
 * of its kind; a start carries the fields of the start form, no business key and no start
 * instructions. Every other variable write (a task's, execution's or instance's variables,
 * messages, signals, instance modifications, and any other body with variables in it) is for
 * admins. Engine-internal variables and record ids are refused even if a form named them.
 */
final class SubmissionPolicy {

  /** The forms of tasks and start events, looked up as the engine sees them. */
  interface Forms {

    /** The form of a task: empty when there is no such task. */
    Optional<FormFields> ofTask(String taskId);

    /**
     * The start form of a process definition, by id or as the latest version of a key (in a
     * tenant, or null): empty when there is no such definition.
     */
    Optional<FormFields> ofStart(String definitionId, String key, String tenantId);
  }

  /** The variables refused, and why, in the words the caller sees. */
  record Refusal(List<String> variables, String message) {}

  /** Multi-instance counters and the start event's initiator: the engine's, never a person's. */
  static final Set<String> ENGINE_INTERNAL = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter", "initiator");

  private static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> STARTS = Set.of("start", "submit-form");
  private static final Set<String> VARIABLE_OWNERS =
      Set.of("task", "process-instance", "execution", "case-instance", "case-execution");
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "localVariables",
      "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope",
      "modifications");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String NOT_JSON = "The request body is not JSON (or names a member "
      + "twice).";
  private static final String FOR_ADMINS = "Variables are written through the form of a task "
      + "or start event; anything else is for admins (camunda-admin).";

  private final Forms forms;

  SubmissionPolicy(Forms forms) {
    this.forms = forms;
  }

  /** What the policy does with a request by a person. */
  enum Action {
    /** Writes no variables: the engine decides. */
    PASS,
    /** A task's completion: its form's fields only. */
    TASK_FORM,
    /** A process start: its start form's fields only. */
    START_FORM,
    /** A direct write of variables: refused. */
    REFUSE,
    /** Messages and signals: refused, they are the application's. */
    REFUSE_MESSAGE,
    /** Anything else: refused when its body carries variables. */
    INSPECT
  }

  static Action actionFor(EngineRequest request) {
    if (request.isRead()) {
      return Action.PASS;
    }
    String resource = request.at(0);
    String last = request.at(request.length() - 1);
    boolean post = request.method().equals("POST");
    if (post && resource.equals("task") && request.length() == 3
        && COMPLETIONS.contains(last)) {
      return Action.TASK_FORM;
    }
    if (post && resource.equals("process-definition") && isStart(request)) {
      return Action.START_FORM;
    }
    if (VARIABLE_OWNERS.contains(resource) && request.length() >= 3
        && (request.at(2).equals("variables") || request.at(2).equals("localVariables"))) {
      return Action.REFUSE;
    }
    if (resource.equals("process-instance") && (request.at(1).equals("variables")
        || request.at(2).equals("modification") || request.at(2).equals("modification-async"))) {
      return Action.REFUSE;
    }
    if (request.length() == 1 && (resource.equals("message") || resource.equals("signal"))) {
      return Action.REFUSE_MESSAGE;
    }
    if (resource.equals("decision-definition") && last.equals("evaluate")) {
      return Action.PASS; // a decision's inputs, written nowhere
    }
    return Action.INSPECT;
  }

  /**
   * @param body the request's JSON, null when it has none; {@link #MALFORMED} when it is not
   *     JSON
   * @return the refusal, or empty to let the engine have the request
   */
  Optional<Refusal> check(EngineRequest request, JsonNode body) {
    return switch (actionFor(request)) {
      case PASS -> Optional.empty();
      case TASK_FORM -> checkTask(request.at(1), body);
      case START_FORM -> checkStart(request, body);
      case REFUSE -> Optional.of(refuse(namesIn(request, body), FOR_ADMINS));
      case REFUSE_MESSAGE -> Optional.of(refuse(namesIn(request, body),
          "Messages and signals are sent by the application, not by people; admins "
              + "(camunda-admin) may send them."));
      case INSPECT -> {
        if (body == MALFORMED) {
          yield Optional.of(new Refusal(List.of(), NOT_JSON));
        }
        List<String> names = new ArrayList<>();
        collectVariableMaps(body, names);
        yield names.isEmpty() ? Optional.empty() : Optional.of(refuse(names, FOR_ADMINS));
      }
    };
  }

  /** Marks a body that is not JSON. */
  static final JsonNode MALFORMED = JSON.createObjectNode().put("malformed", true);

  /** Parses a request body; null for an empty one, {@link #MALFORMED} for one that is not JSON. */
  static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode json = JSON.reader()
          .with(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .readTree(body);
      return json == null || json.isMissingNode() ? null : json;
    } catch (IOException e) {
      return MALFORMED;
    }
  }

  private Optional<Refusal> checkTask(String taskId, JsonNode body) {
    if (body == MALFORMED) {
      return Optional.of(new Refusal(List.of(), NOT_JSON));
    }
    JsonNode variables = body == null ? null : body.get("variables");
    if (variables == null || variables.isNull() || variables.isEmpty()) {
      return Optional.empty();
    }
    return forms.ofTask(taskId).flatMap(form -> refusal(fieldProblems(variables, form),
        "A task takes the fields its form asks for, no other variables."));
  }

  private Optional<Refusal> checkStart(EngineRequest request, JsonNode body) {
    if (body == MALFORMED) {
      return Optional.of(new Refusal(List.of(), NOT_JSON));
    }
    if (body == null) {
      return Optional.empty();
    }
    List<Problem> problems = new ArrayList<>();
    for (String managed : List.of("businessKey", "caseInstanceId")) {
      if (body.hasNonNull(managed)) {
        problems.add(new Problem(managed, "set by the application"));
      }
    }
    if (body.has("startInstructions") && !body.get("startInstructions").isEmpty()) {
      problems.add(new Problem("startInstructions", "a process starts at its start event"));
    }
    for (String skip : List.of("skipCustomListeners", "skipIoMappings")) {
      if (body.path(skip).asBoolean(false)) {
        problems.add(new Problem(skip, "a process runs its listeners and mappings"));
      }
    }
    JsonNode variables = body.get("variables");
    boolean hasVariables = variables != null && !variables.isNull() && !variables.isEmpty();
    if (problems.isEmpty() && !hasVariables) {
      return Optional.empty();
    }
    Optional<FormFields> form = startForm(request);
    if (form.isEmpty()) {
      return Optional.empty(); // no such definition: the engine answers
    }
    if (hasVariables) {
      problems.addAll(fieldProblems(variables, form.get()));
    }
    return refusal(problems,
        "A process starts with the fields of its start form, no other variables.");
  }

  private Optional<FormFields> startForm(EngineRequest request) {
    if (!request.at(1).equals("key")) {
      return forms.ofStart(request.at(1), null, null);
    }
    String tenant = request.at(3).equals("tenant-id") ? request.at(4) : null;
    return forms.ofStart(null, request.at(2), tenant);
  }

  private static boolean isStart(EngineRequest request) {
    if (!STARTS.contains(request.at(request.length() - 1))) {
      return false;
    }
    boolean byKey = request.at(1).equals("key");
    return (!byKey && request.length() == 3) || (byKey && request.length() == 4)
        || (byKey && request.length() == 6 && request.at(3).equals("tenant-id"));
  }

  /** A variable refused, and why. */
  private record Problem(String name, String reason) {}

  private static List<Problem> fieldProblems(JsonNode variables, FormFields form) {
    if (!variables.isObject()) {
      return List.of(new Problem("variables", "must map names to {\"value\": ...}"));
    }
    List<Problem> problems = new ArrayList<>();
    variables.fields().forEachRemaining(entry -> problem(entry.getKey(), entry.getValue(), form)
        .ifPresent(reason -> problems.add(new Problem(entry.getKey(), reason))));
    return problems;
  }

  private static Optional<Refusal> refusal(List<Problem> problems, String why) {
    if (problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Refusal(problems.stream().map(Problem::name).toList(),
        "Refused variables: " + String.join(", ", problems.stream()
            .map(problem -> problem.name() + " (" + problem.reason() + ")").toList())
            + ". " + why));
  }

  /** Why a person may not write this variable through this form, if they may not. */
  static Optional<String> problem(String name, JsonNode variable, FormFields form) {
    if (ENGINE_INTERNAL.contains(name)) {
      return Optional.of("engine-internal");
    }
    if (isRecordId(name)) {
      return Optional.of("a record id");
    }
    Optional<Field> field = form.field(name);
    if (field.isEmpty()) {
      return Optional.of(form.formId() == null ? "there is no form"
          : "not a field of form " + form.formId());
    }
    if (field.get().disabled()) {
      return Optional.of("a read-only field of form " + form.formId());
    }
    return typeProblem(variable, field.get());
  }

  /** Record ids (leadId, requestId...) come from the business key, never from a person. */
  static boolean isRecordId(String name) {
    return name.length() > 2 && name.endsWith("Id");
  }

  private static Optional<String> typeProblem(JsonNode variable, Field field) {
    if (!variable.isObject()) {
      return Optional.of("not a variable: {\"value\": ...}");
    }
    JsonNode value = variable.get("value");
    String type = variable.hasNonNull("type")
        ? variable.get("type").asText().toLowerCase(Locale.ROOT) : null;
    boolean empty = value == null || value.isNull();
    boolean fits = switch (field.kind()) {
      case TEXT -> (empty || value.isTextual()) && (type == null || type.equals("string"));
      case NUMBER -> (empty || value.isNumber()) && (type == null
          || Set.of("integer", "long", "short", "double").contains(type));
      case BOOLEAN -> (empty || value.isBoolean()) && (type == null || type.equals("boolean"));
      case LIST -> "json".equals(type) && (empty || isListOfStrings(value));
    };
    if (!fits) {
      return Optional.of("must be " + switch (field.kind()) {
        case TEXT -> "text";
        case NUMBER -> "a number";
        case BOOLEAN -> "true or false";
        case LIST -> "a Json list of strings";
      });
    }
    return empty && field.required() ? Optional.of("required") : Optional.empty();
  }

  private static boolean isListOfStrings(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    try {
      JsonNode list = JSON.readTree(value.asText());
      if (list == null || !list.isArray()) {
        return false;
      }
      for (JsonNode item : list) {
        if (!item.isTextual()) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The variables a refused request names: in its path, and in its body's variable maps. */
  private static List<String> namesIn(EngineRequest request, JsonNode body) {
    Set<String> names = new LinkedHashSet<>();
    int variables = request.path().indexOf("variables");
    int local = request.path().indexOf("localVariables");
    int at = Math.max(variables, local);
    if (at > 0 && at + 1 < request.length() && !request.at(at + 1).equals("async")) {
      names.add(request.at(at + 1));
    }
    if (body != null && body != MALFORMED) {
      List<String> inMaps = new ArrayList<>();
      collectVariableMaps(body, inMaps);
      names.addAll(inMaps);
      body.path("deletions").forEach(deleted -> names.add(deleted.asText()));
      if (body.hasNonNull("businessKey")) {
        names.add("businessKey");
      }
    }
    return List.copyOf(names);
  }

  /** The names in every variable map of a body, at any depth (query filters are lists). */
  private static void collectVariableMaps(JsonNode node, List<String> names) {
    if (node == null || node == MALFORMED) {
      return;
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(entry -> {
        if (VARIABLE_MAPS.contains(entry.getKey()) && entry.getValue().isObject()) {
          entry.getValue().fieldNames().forEachRemaining(names::add);
        } else {
          collectVariableMaps(entry.getValue(), names);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> collectVariableMaps(item, names));
    }
  }

  private static Refusal refuse(List<String> names, String why) {
    return new Refusal(names, names.isEmpty() ? why
        : "Refused variables: " + String.join(", ", names) + ". " + why);
  }

  /** A refusal in Camunda's error format, with the refused variables by name. */
  static Map<String, Object> body(Refusal refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", refusal.message());
    body.put("refusedVariables", refusal.variables());
    return body;
  }
}
